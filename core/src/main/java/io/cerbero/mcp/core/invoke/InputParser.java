package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.cerbero.mcp.core.spi.ToolException;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Turns a request body into a tool's input record, mapping every failure to INVALID_INPUT with a message that
 * names the field. An empty body counts as {@code {}}.
 */
final class InputParser {
    private static final int MAX_MESSAGE = 200;

    private final ObjectMapper json;

    InputParser(ObjectMapper json) {
        this.json = json;
    }

    <I> I parse(byte[] body, Class<I> type) {
        try {
            JsonNode tree = body == null || body.length == 0 ? json.createObjectNode() : json.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ToolException.invalidInput("request body must be a JSON object")
                        .withFix("send a JSON object such as the example in /openapi.json");
            }
            return json.treeToValue(tree, type);
        } catch (ValueInstantiationException e) {
            throw fromConstructor(e);
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw ToolException.invalidInput("unknown field '" + clip(e.getPropertyName()) + "'")
                    .withFix("allowed fields: " + allowed);
        } catch (StreamConstraintsException e) {
            throw ToolException.invalidInput("request body exceeds parser limits: " + clip(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            throw ToolException.invalidInput("request body is not valid JSON: " + clip(e.getOriginalMessage()));
        } catch (JsonMappingException e) {
            throw ToolException.invalidInput(fieldOf(e) + clip(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw ToolException.invalidInput("request body is not valid JSON: " + clip(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ToolException.invalidInput("request body could not be read");
        }
    }

    /** A record constructor refused the values: surface its own message. */
    private static ToolException fromConstructor(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ToolException te) {
            return te;
        }
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return ToolException.invalidInput(cause.getMessage() == null ? "invalid input" : clip(cause.getMessage()));
        }
        return ToolException.invalidInput("invalid input: " + clip(e.getOriginalMessage()));
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "" : "field '" + clip(path) + "': ";
    }

    /** Jackson messages can quote the input; keep them short so a hostile body is not echoed back in full. */
    private static String clip(String message) {
        if (message == null) {
            return "";
        }
        String oneLine = message.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }
}
