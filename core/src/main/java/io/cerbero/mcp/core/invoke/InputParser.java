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
            throw ToolException.invalidInput("unknown field '" + Echo.clip(e.getPropertyName(), MAX_MESSAGE) + "'")
                    .withFix("allowed fields: " + allowed);
        } catch (StreamConstraintsException e) {
            throw ToolException.invalidInput("request body exceeds parser limits: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE));
        } catch (JsonParseException e) {
            throw ToolException.invalidInput("request body is not valid JSON: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE));
        } catch (JsonMappingException e) {
            throw ToolException.invalidInput(fieldOf(e) + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE));
        } catch (JsonProcessingException e) {
            throw ToolException.invalidInput("request body is not valid JSON: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE));
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
            return ToolException.invalidInput(cause.getMessage() == null ? "invalid input" : Echo.clip(cause.getMessage(), MAX_MESSAGE));
        }
        return ToolException.invalidInput("invalid input: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE));
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "" : "field '" + Echo.clip(path, MAX_MESSAGE) + "': ";
    }

}
