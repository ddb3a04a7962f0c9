package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;

/** Decimals out of positional venue rows ({@code ["1735808400000", "96132.6", ...]}), never through double. */
final class Decimals {
    private Decimals() {
    }

    /** A decimal from a JSON string or number; anything else is the source's UPSTREAM_ERROR. */
    static BigDecimal parse(JsonNode node, SourceJson json, UpstreamResponse response, UpstreamRequest request) {
        if (node != null && (node.isTextual() || node.isNumber())) {
            try {
                return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                // falls through to the format error
            }
        }
        throw SentimentErrors.unparseable(json.source(), response, request);
    }

    /** Like {@link #parse} but an empty string or a missing cell is null. */
    static BigDecimal optional(JsonNode node, SourceJson json, UpstreamResponse response, UpstreamRequest request) {
        if (node == null || node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        return parse(node, json, response, request);
    }
}
