package io.cerbero.mcp.core.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Map;
import java.util.Objects;

/**
 * Derives the JSON schema of a tool's input and output records with swagger-core, using the gateway's own
 * mapper so property names (snake_case) and types are exactly what the parser accepts and the host writes
 * (decimals as JSON numbers, instants as date-time strings, enums as their JSON values).
 *
 * <p>Each instance owns its converter chain (no use of swagger's static singleton). Thread-safe after
 * construction; swagger's resolver is called under a lock because it caches internally.
 */
public final class ToolSchemas {
    private final ModelConverters converters;
    /** Schemas derive from classes, which never change at runtime: resolve each once (tool listings ask often). */
    private final Map<Class<?>, DerivedSchema> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public ToolSchemas(ObjectMapper json) {
        Objects.requireNonNull(json, "json");
        this.converters = new ModelConverters(true);
        this.converters.addConverter(new ModelResolver(json.copy()).openapi31(true));
    }

    /**
     * The schema of {@code type} with its nested schemas (enums and records it refers to).
     *
     * @return the root schema and the referenced schemas by simple name; callers must not modify them
     */
    public DerivedSchema resolve(Class<?> type) {
        return cache.computeIfAbsent(type, this::derive);
    }

    private synchronized DerivedSchema derive(Class<?> type) {
        ResolvedSchema resolved = converters.readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        if (resolved == null || resolved.schema == null) {
            throw new IllegalArgumentException("no schema derivable from " + type.getName());
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> refs = new java.util.LinkedHashMap<>();
        if (resolved.referencedSchemas != null) {
            // swagger lists the root among the referenced schemas too; keep only the nested ones
            resolved.referencedSchemas.forEach((name, schema) -> {
                if (!name.equals(type.getSimpleName()) || !schema.equals(resolved.schema)) {
                    refs.put(name, schema);
                }
            });
        }
        if (resolved.schema.getType() == null && resolved.schema.getTypes() == null && resolved.schema.get$ref() == null) {
            resolved.schema.addType("object"); // a record without components still takes a JSON object
        }
        return new DerivedSchema(resolved.schema, Map.copyOf(refs));
    }

    /**
     * The JSON Schema of a tool's answer: as {@link DerivedSchema#toJsonSchema()}, with every property that is
     * not required also allowing {@code null} ("not set" is null in the unified model; the host omits nulls).
     */
    public ObjectNode outputJsonSchema(Class<?> type) {
        ObjectNode schema = resolve(type).toJsonSchema();
        allowNullWhereOptional(schema);
        return schema;
    }

    private static void allowNullWhereOptional(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            com.fasterxml.jackson.databind.JsonNode properties = object.get("properties");
            if (properties != null && properties.isObject()) {
                java.util.Set<String> required = new java.util.HashSet<>();
                object.path("required").forEach(r -> required.add(r.asText()));
                properties.fields().forEachRemaining(p -> {
                    if (!required.contains(p.getKey()) && p.getValue().isObject()) {
                        nullable((ObjectNode) p.getValue());
                    }
                });
            }
            object.elements().forEachRemaining(ToolSchemas::allowNullWhereOptional);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ToolSchemas::allowNullWhereOptional);
        }
    }

    private static void nullable(ObjectNode property) {
        com.fasterxml.jackson.databind.JsonNode type = property.get("type");
        if (type != null && type.isTextual()) {
            property.putArray("type").add(type.asText()).add("null");
        } else if (type != null && type.isArray()) {
            boolean hasNull = false;
            for (com.fasterxml.jackson.databind.JsonNode t : type) {
                hasNull |= "null".equals(t.asText());
            }
            if (!hasNull) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) type).add("null");
            }
        } else if (property.has("$ref")) {
            String ref = property.remove("$ref").asText();
            com.fasterxml.jackson.databind.node.ArrayNode anyOf = property.putArray("anyOf");
            anyOf.addObject().put("$ref", ref);
            anyOf.addObject().put("type", "null");
        }
    }

    /**
     * A root schema and the schemas it references.
     *
     * @param root       the input record's schema
     * @param referenced nested schemas by name ({@code #/components/schemas/<name>})
     */
    @SuppressWarnings("rawtypes")
    public record DerivedSchema(Schema root, Map<String, Schema> referenced) {

        /** The root schema as a self-contained JSON Schema document (references inlined under {@code $defs}). */
        public ObjectNode toJsonSchema() {
            ObjectMapper mapper = Json31.mapper();
            ObjectNode node = mapper.valueToTree(root);
            if (!referenced.isEmpty()) {
                ObjectNode defs = node.putObject("$defs");
                referenced.forEach((name, schema) -> defs.set(name, mapper.valueToTree(schema)));
            }
            String text = node.toString().replace("#/components/schemas/", "#/$defs/");
            try {
                return (ObjectNode) mapper.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("schema re-read failed", e);
            }
        }
    }
}
