package io.cerbero.mcp.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of audit records: the value of any field whose name says secret ({@code api_secret},
 * {@code signature}, {@code private_key}, {@code token}, …) becomes {@code ***}, and every configured secret value
 * (plugin secrets, bearer tokens) is cut out of any text, wherever a plugin may have echoed it.
 */
public final class SecretRedactor {
    public static final String MASK = "***";
    /** Shorter values are not treated as secrets: replacing "1" everywhere would wreck a record. */
    static final int MIN_SECRET_LENGTH = 6;
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(secret|password|passphrase|private_?key|api_?key|signature|token|authorization|cookie).*");

    private final List<String> secrets;

    /** @param secretValues the values to cut out wherever they appear (short or blank values are ignored) */
    public SecretRedactor(Collection<String> secretValues) {
        this.secrets = secretValues.stream()
                .filter(s -> s != null && s.strip().length() >= MIN_SECRET_LENGTH)
                .distinct()
                // longest first, so a secret containing another is cut whole
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** A redacted deep copy; null stays null. */
    public JsonNode redact(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return node == null || node.isMissingNode() ? null : node;
        }
        return copy(node); // copy() builds new containers; scalar nodes are immutable and shared
    }

    /** The text with every configured secret value replaced by {@link #MASK}. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    private JsonNode copy(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = object.objectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = scrub(field.getKey());
                out.set(name, SECRET_NAME.matcher(field.getKey()).matches() && !field.getValue().isContainerNode()
                        && !field.getValue().isNull() ? TextNode.valueOf(MASK) : copy(field.getValue()));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = array.arrayNode();
            array.forEach(element -> out.add(copy(element)));
            return out;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(scrub(node.textValue()));
        }
        return node;
    }
}
