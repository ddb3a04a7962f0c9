package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.util.List;
import java.util.Optional;

/**
 * Reads one source's wire format with core's lenient venue mapper (exact decimals from numbers or strings,
 * unknown fields ignored); anything unreadable becomes the source's UPSTREAM_ERROR. One per client.
 */
public final class SourceJson {
    private final String source;
    private final ObjectMapper json = JsonMappers.venue();

    public SourceJson(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public <T> T read(UpstreamResponse response, UpstreamRequest request, Class<T> type) {
        return read(response, request, json.getTypeFactory().constructType(type));
    }

    public <T> List<T> readList(UpstreamResponse response, UpstreamRequest request, Class<T> element) {
        return read(response, request, json.getTypeFactory().constructCollectionType(List.class, element));
    }

    /** A parametric type such as an envelope around a row type. */
    public JavaType type(Class<?> raw, Class<?>... parameters) {
        return json.getTypeFactory().constructParametricType(raw, parameters);
    }

    public JavaType listOf(Class<?> element) {
        return json.getTypeFactory().constructCollectionType(List.class, element);
    }

    public JavaType type(Class<?> raw, JavaType parameter) {
        return json.getTypeFactory().constructParametricType(raw, parameter);
    }

    public <T> T read(UpstreamResponse response, UpstreamRequest request, JavaType type) {
        try {
            T value = json.readValue(response.body(), type);
            if (value == null) {
                throw SentimentErrors.unparseable(source, response, request);
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw SentimentErrors.unparseable(source, response, request);
        }
    }

    /** The body as a tree, or empty when it is not JSON (an HTML error page). */
    public Optional<JsonNode> tree(UpstreamResponse response) {
        try {
            return Optional.ofNullable(json.readTree(response.body()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Converts a tree already read. */
    public <T> T convert(JsonNode node, Class<T> type, UpstreamResponse response, UpstreamRequest request) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw SentimentErrors.unparseable(source, response, request);
        }
    }

    public ObjectMapper mapper() {
        return json;
    }
}
