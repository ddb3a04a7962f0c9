package io.cerbero.mcp.plugin.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.util.List;

/**
 * Alpaca's error answers mapped onto the gateway's codes. Alpaca errors are {@code {"code": 40310000, "message":
 * "insufficient buying power"}} (8 digits, the first three the HTTP status); some carry extra fields
 * ({@code existing_qty}, {@code held_for_orders}, {@code available}), passed on in {@code details}.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>venue</th><th>code</th></tr>
 *   <tr><td>401 (key id / secret refused)</td><td>UPSTREAM_REJECTED, fix: the keys of this environment</td></tr>
 *   <tr><td>403 (account state: buying power, pattern day trader, options level, trading blocked)</td>
 *       <td>UPSTREAM_REJECTED with venue_code and the venue's fields</td></tr>
 *   <tr><td>404 (order / position / asset not found)</td><td>UPSTREAM_REJECTED (tools turn an unknown symbol
 *       into INVALID_INPUT)</td></tr>
 *   <tr><td>422 (semantically invalid, order not cancelable)</td><td>UPSTREAM_REJECTED</td></tr>
 *   <tr><td>207 item failures (bulk requests)</td><td>per item: {@link #item}</td></tr>
 *   <tr><td>2xx with a body that is not the expected JSON</td><td>UPSTREAM_ERROR</td></tr>
 * </table>
 * The host maps 429 (RATE_LIMIT), 5xx, I/O failures and timeouts before the plugin sees them.
 */
public final class AlpacaErrors {
    private static final ObjectMapper JSON = JsonMappers.venue();
    /** Extra fields of Alpaca errors worth passing on. */
    private static final List<String> EXTRA_FIELDS = List.of("existing_qty", "held_for_orders", "available",
            "symbol", "related_orders");

    private AlpacaErrors() {
    }

    /** A non-2xx answer the host did not map already. */
    public static ToolException fromResponse(UpstreamResponse response, UpstreamRequest request) {
        JsonNode body = parse(response.body());
        int status = response.status();
        String message = venueMessage(body);
        String text = "Alpaca refused " + request.method() + " " + request.path() + " (HTTP " + status + ")"
                + (message == null ? "" : ": " + message);
        ToolException e = ToolException.upstreamRejected(text);
        e = switch (status) {
            case 401 -> e.withFix("check ALPACA_API_KEY_ID / ALPACA_SECRET_KEY for this environment: paper and live "
                    + "keys differ (use the _TESTNET / _LIVE variants)");
            case 403 -> e.withFix("the account's state forbids this (buying power, pattern day trader rule, options "
                    + "trading level, trading blocked): see get_account_summary");
            case 404 -> e.withFix("no such order, position or symbol on this account");
            case 422 -> e.withFix("the venue found the request invalid or the order not cancelable in its state");
            default -> e;
        };
        return withVenueFields(e, body, status).withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /** A 2xx whose body is not what the endpoint documents. */
    public static ToolException unparseable(UpstreamResponse response, UpstreamRequest request) {
        return ToolException.upstreamError("Alpaca answered " + request.path() + " with a body that is not the "
                        + "documented JSON")
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /**
     * One failed item of a 207 multi-status answer ({@code DELETE /v2/orders}, {@code DELETE /v2/positions}):
     * the item's own status and error body, as an UPSTREAM_REJECTED a caller can show beside the items that passed.
     */
    public static ToolException item(int status, JsonNode body, String subject, UpstreamRequest request) {
        String message = venueMessage(body);
        ToolException e = ToolException.upstreamRejected(subject + ": Alpaca answered " + status
                + (message == null ? "" : ": " + message));
        return withVenueFields(e, body, status).withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    private static ToolException withVenueFields(ToolException e, JsonNode body, int status) {
        ToolException out = e.withDetail(ErrorDetails.HTTP_STATUS, status);
        if (body == null || !body.isObject()) {
            return out;
        }
        if (body.path("code").canConvertToLong()) {
            out = out.withDetail(ErrorDetails.VENUE_CODE, body.path("code").asLong());
        }
        String message = venueMessage(body);
        if (message != null) {
            out = out.withDetail(ErrorDetails.VENUE_MESSAGE, message);
        }
        for (String field : EXTRA_FIELDS) {
            JsonNode value = body.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                out = out.withDetail(field, value.asText());
            }
        }
        return out;
    }

    private static String venueMessage(JsonNode body) {
        if (body == null || !body.path("message").isTextual()) {
            return null;
        }
        return clip(body.path("message").asText());
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return null; // an error page that is not JSON: the HTTP status alone explains it
        }
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
