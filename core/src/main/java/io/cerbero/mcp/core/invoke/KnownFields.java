package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JSON field names an input record declares, as the tool-facing mapper sees them (snake_case, aliases), so a
 * body's unknown fields can be named before anything else is said about it.
 */
final class KnownFields {
    private final ObjectMapper json;

    KnownFields(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Fields of {@code tree} the input type does not declare, in body order; empty when the type accepts unknown
     * fields (any-setter or {@code ignoreUnknown}).
     */
    List<String> unknownFields(JsonNode tree, Class<?> type) {
        DeserializationConfig config = json.getDeserializationConfig();
        BeanDescription bean = config.introspect(json.constructType(type));
        JsonIgnoreProperties.Value ignorals = config.getDefaultPropertyIgnorals(type, bean.getClassInfo());
        if ((ignorals != null && ignorals.getIgnoreUnknown()) || bean.findAnySetterAccessor() != null) {
            return List.of();
        }
        Set<String> known = knownFields(bean);
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The declared field names, sorted, for "allowed fields: …". */
    String allowedFields(Class<?> type) {
        DeserializationConfig config = json.getDeserializationConfig();
        BeanDescription bean = config.introspect(json.constructType(type));
        return bean.findProperties().stream().map(BeanPropertyDefinition::getName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static Set<String> knownFields(BeanDescription bean) {
        Set<String> known = new TreeSet<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            known.add(property.getName());
            property.findAliases().stream().map(PropertyName::getSimpleName).forEach(known::add);
        }
        return known;
    }

}
