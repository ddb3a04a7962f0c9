package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.cerbero.mcp.core.spi.ToolException;

import java.io.IOException;
import java.util.List;

/**
 * Turns a request body into a tool's input record, mapping every failure to INVALID_INPUT with a message in the
 * API's words (see {@link InputErrors}). An empty body counts as {@code {}}. A body with a field the tool does not
 * declare is refused naming that field first, even when the record's own checks would also fail (a typo such as
 * {@code "sym"} otherwise reads as "symbol is required").
 */
final class InputParser {
    private static final int MAX_MESSAGE = 200;

    private final ObjectMapper json;
    private final InputErrors errors;
    private final KnownFields fields;

    InputParser(ObjectMapper json) {
        this.json = json;
        this.errors = new InputErrors(json);
        this.fields = new KnownFields(json);
    }

    <I> I parse(byte[] body, Class<I> type) {
        JsonNode tree = readTree(body);
        try {
            return json.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw InputErrors.unknownField(e.getPropertyName(), fields.allowedFields(type));
        } catch (JsonMappingException e) {
            // the record's constructor may have run (and refused) before Jackson looked at the unknown fields
            List<String> unknown = fields.unknownFields(tree, type);
            if (!unknown.isEmpty()) {
                throw InputErrors.unknownField(unknown.get(0), fields.allowedFields(type));
            }
            throw e instanceof ValueInstantiationException vie ? fromConstructor(vie) : errors.wrongValue(e, tree);
        } catch (InputCoercionException e) {
            throw ToolException.invalidInput(InputErrors.clean(
                    "a number is out of range: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE),
                    "a number is out of range"));
        } catch (JsonProcessingException e) {
            throw ToolException.invalidInput(InputErrors.clean(
                    "invalid input: " + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE), "invalid input"));
        }
    }

    private JsonNode readTree(byte[] body) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ToolException.invalidInput(InputErrors.clean("request body exceeds parser limits: "
                    + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE), "request body exceeds parser limits"));
        } catch (JsonParseException e) {
            throw ToolException.invalidInput(InputErrors.clean("request body is not valid JSON: "
                    + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE), "request body is not valid JSON"));
        } catch (JsonProcessingException e) {
            throw ToolException.invalidInput(InputErrors.clean("request body is not valid JSON: "
                    + Echo.clip(e.getOriginalMessage(), MAX_MESSAGE), "request body is not valid JSON"));
        } catch (IOException e) {
            throw ToolException.invalidInput("request body could not be read");
        }
        if (tree == null || !tree.isObject()) {
            throw ToolException.invalidInput("request body must be a JSON object")
                    .withFix("send a JSON object such as the example in /openapi.json");
        }
        return tree;
    }

    /** A record constructor refused the values: surface its own message. */
    private static ToolException fromConstructor(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ToolException te) {
            return te;
        }
        String field = InputErrors.fieldOf(e);
        String generic = field.isEmpty() ? "invalid input" : field + " has an invalid value";
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return ToolException.invalidInput(InputErrors.clean(
                    cause.getMessage() == null ? null : Echo.clip(cause.getMessage(), MAX_MESSAGE), generic));
        }
        return ToolException.invalidInput(generic);
    }
}
