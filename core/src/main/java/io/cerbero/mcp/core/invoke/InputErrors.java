package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Input errors in the API's words: the JSON field, what it must be and what was sent ({@code side must be one of
 * buy, sell (got "long")}), never a Java type, package or Jackson phrase. A parser message that still smells of Java
 * after cleaning is replaced by a generic one naming the field.
 */
final class InputErrors {
    private static final int MAX_ECHO = 40;
    private static final int MAX_MESSAGE = 200;
    /** Jackson's hints name its own classes: "enable `JsonReadFeature.X` to allow", "(…, from `StreamReadConstraints…`)". */
    private static final Pattern JACKSON_HINT = Pattern.compile(",?\\s*(enable|from|set) `[^`]*`( to allow)?");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("out of range of (int|long|short|byte)");
    /** What a message shown to callers must never contain. */
    private static final List<String> JAVA_SMELLS = List.of("java.", "javax.", "io.cerbero", "com.fasterxml",
            "Cannot deserialize", "Cannot construct", "`", "Exception", "Enum class");

    private final ObjectMapper json;

    InputErrors(ObjectMapper json) {
        this.json = json;
    }

    static ToolException unknownField(String field, String allowed) {
        return ToolException.invalidInput("unknown field '" + Echo.clip(field, MAX_MESSAGE) + "'")
                .withFix("allowed fields: " + allowed);
    }

    /** A value of the wrong type or format: names the field, the expected kind and the value sent. */
    ToolException wrongValue(JsonMappingException e, JsonNode tree) {
        String field = fieldOf(e);
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        JsonNode sent = at(tree, e.getPath());
        if (field.isEmpty()) {
            return ToolException.invalidInput(clean("invalid input: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE),
                    "invalid input"));
        }
        String expected = expected(target, e.getOriginalMessage());
        String message = expected == null
                ? field + " has an invalid value" + got(sent)
                : field + " must be " + expected + got(sent);
        return ToolException.invalidInput(message);
    }

    /** What a value of this type looks like, in JSON terms; null when there is nothing better than "valid". */
    private String expected(Class<?> target, String jacksonMessage) {
        if (target == null) {
            // a number too big for its type comes as a coercion error without a target type
            return jacksonMessage != null && OUT_OF_RANGE.matcher(jacksonMessage).find() ? "a whole number in range" : null;
        }
        if (target.isEnum()) {
            return "one of " + enumValues(target);
        }
        if (target == BigDecimal.class) {
            return jacksonMessage != null && jacksonMessage.contains("out of range")
                    ? "a decimal number of at most 40 digits, below 1e30" : "a decimal number";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == short.class || target == Short.class || target == BigInteger.class) {
            return jacksonMessage != null && jacksonMessage.contains("out of range")
                    ? "a whole number in range" : "a whole number";
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
            return "a number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(target) || target == char.class || target == Character.class) {
            return "a string";
        }
        if (target == LocalDate.class) {
            return "a date such as 2025-01-02";
        }
        if (target == Duration.class) {
            return "an ISO-8601 duration such as PT5M";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 timestamp such as 2025-01-02T10:00:00Z";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return null;
    }

    /** The enum's JSON spellings, in declaration order. */
    private String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> json.valueToTree(constant))
                .map(node -> ((JsonNode) node).asText())
                .collect(Collectors.joining(", "));
    }

    /** {@code (got "long")}, {@code (got 0)}, {@code (got an object)}; nothing when the value is unknown. */
    private static String got(JsonNode sent) {
        if (sent == null || sent.isMissingNode()) {
            return "";
        }
        String shown;
        if (sent.isObject()) {
            shown = "an object";
        } else if (sent.isArray()) {
            shown = "an array";
        } else if (sent.isTextual()) {
            shown = "\"" + Echo.clip(sent.asText(), MAX_ECHO) + "\"";
        } else {
            shown = Echo.clip(sent.toString(), MAX_ECHO);
        }
        return " (got " + shown + ")";
    }

    private static JsonNode at(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode node = tree;
        for (JsonMappingException.Reference ref : path) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node;
    }

    /** {@code orders[0].qty}: the path as a caller writes it. */
    static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return Echo.clip(path.toString(), MAX_MESSAGE);
    }

    /**
     * A parser's own message with Jackson's class hints removed; if it still names Java, the {@code fallback}.
     */
    static String clean(String message, String fallback) {
        if (message == null) {
            return fallback;
        }
        String cleaned = JACKSON_HINT.matcher(message).replaceAll("").strip().replaceAll(":$", "");
        return JAVA_SMELLS.stream().anyMatch(cleaned::contains) ? fallback : cleaned;
    }
}
