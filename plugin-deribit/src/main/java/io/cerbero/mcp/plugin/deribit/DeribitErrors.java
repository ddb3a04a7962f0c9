package io.cerbero.mcp.plugin.deribit;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.time.Duration;

/**
 * Deribit's answers mapped onto the gateway's error codes. A JSON-RPC {@code error} member is an error whatever the
 * HTTP status (Deribit answers some with 200, others with 400). Every error carries {@code details.venue_code},
 * {@code venue_message} (the message plus {@code data.reason} / {@code data.param} when given) and {@code endpoint}.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>venue</th><th>code</th></tr>
 *   <tr><td>10028 too_many_requests</td><td>RATE_LIMIT, retry after 1 s</td></tr>
 *   <tr><td>10040 retry, 10041 settlement_in_progress, 10047 matching_engine_queue_full, 11051
 *       system_maintenance, 13028 temporarily_unavailable</td><td>UPSTREAM_ERROR (retryable)</td></tr>
 *   <tr><td>13009 unauthorized / invalid_token (after the one re-authentication)</td><td>UPSTREAM_REJECTED, fix:
 *       credentials</td></tr>
 *   <tr><td>13004 invalid_credentials, 10000 authorization_required</td><td>UPSTREAM_REJECTED, fix: credentials
 *       of this environment</td></tr>
 *   <tr><td>13021 forbidden</td><td>UPSTREAM_REJECTED, fix: key scopes</td></tr>
 *   <tr><td>every other code (10009 not_enough_funds, 10021 invalid_amount, 10023 invalid_price, 10043
 *       price_wrong_tick, 10020, 11044, -32602 …)</td><td>UPSTREAM_REJECTED with the venue code</td></tr>
 *   <tr><td>no JSON-RPC envelope: 2xx</td><td>UPSTREAM_ERROR</td></tr>
 *   <tr><td>no JSON-RPC envelope: 4xx</td><td>UPSTREAM_REJECTED with the HTTP status</td></tr>
 * </table>
 * The host already maps HTTP 429, 5xx, I/O failures and timeouts.
 */
public final class DeribitErrors {
    public static final int TOO_MANY_REQUESTS = 10028;
    public static final int UNAUTHORIZED = 13009;
    static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(1);
    private static final int MAX_MESSAGE = 200;

    private DeribitErrors() {
    }

    /** A JSON-RPC {@code error}: {@code code}, {@code message} and the optional {@code data} reason/param. */
    public static ToolException fromRpcError(int code, String message, String reason, String param,
                                             UpstreamRequest request) {
        String text = clip(describe(message, reason, param));
        String endpoint = request.path();
        String what = "Deribit rejected " + endpoint + ": " + text + " (code " + code + ")";
        ToolException e = switch (code) {
            case TOO_MANY_REQUESTS -> ToolException.of(ErrorCode.RATE_LIMIT, "Deribit rate limit reached on "
                            + endpoint + " (code 10028 too_many_requests)")
                    .withRetryAfter(RATE_LIMIT_WAIT)
                    .withFix("slow down: Deribit's credit pool refills continuously; the live limits of the key are "
                            + "in get_account_summary venue_specific.limits");
            case 10040, 10041, 10047, 11051, 13028 -> ToolException.upstreamError("Deribit is temporarily unable "
                    + "to serve " + endpoint + ": " + text + " (code " + code + ")");
            case UNAUTHORIZED -> ToolException.upstreamRejected(what)
                    .withFix("the access token was refused even after a fresh public/auth: check "
                            + "DERIBIT_CLIENT_ID / DERIBIT_CLIENT_SECRET for this environment");
            case 13004, 10000 -> ToolException.upstreamRejected(what)
                    .withFix("check DERIBIT_CLIENT_ID / DERIBIT_CLIENT_SECRET for this environment: testnet and "
                            + "mainnet keys differ (DERIBIT_CLIENT_ID_TESTNET / DERIBIT_CLIENT_ID_LIVE)");
            case 13021 -> ToolException.upstreamRejected(what)
                    .withFix("the API key lacks the scope for this call (e.g. trade:read_write): edit it on Deribit");
            case 10043 -> ToolException.upstreamRejected(what)
                    .withFix("the price is off the instrument's tick (options use coarser ticks above a price: "
                            + "tick_size_steps in get_instruments)");
            case 10009 -> ToolException.upstreamRejected(what)
                    .withFix("not enough funds in this currency's account for the margin of the order");
            default -> ToolException.upstreamRejected(what);
        };
        return e.withDetail(ErrorDetails.VENUE_CODE, code)
                .withDetail(ErrorDetails.VENUE_MESSAGE, text)
                .withDetail(ErrorDetails.ENDPOINT, endpoint);
    }

    /** The body is not a JSON-RPC envelope (no {@code result}, no {@code error}). */
    public static ToolException unparseable(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            return ToolException.upstreamRejected("Deribit answered HTTP " + response.status() + " on "
                            + request.path() + " without a JSON-RPC error")
                    .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                    .withDetail(ErrorDetails.ENDPOINT, request.path());
        }
        return ToolException.upstreamError("Deribit answered " + request.path()
                        + " with a body that is not a JSON-RPC 2.0 envelope")
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /** A success envelope whose result does not have the documented shape. */
    public static ToolException unexpectedResult(UpstreamRequest request, String what) {
        return unexpectedResult(request.path(), what);
    }

    /** A success envelope whose result does not have the documented shape; {@code endpoint} as {@code /public/…}. */
    public static ToolException unexpectedResult(String endpoint, String what) {
        return ToolException.upstreamError("Deribit's answer to " + endpoint + " is not as documented: " + what)
                .withDetail(ErrorDetails.ENDPOINT, endpoint);
    }

    private static String describe(String message, String reason, String param) {
        StringBuilder text = new StringBuilder(message == null || message.isBlank() ? "(no message)" : message);
        if (reason != null && !reason.isBlank()) {
            text.append(": ").append(reason);
        }
        if (param != null && !param.isBlank()) {
            text.append(" (param ").append(param).append(')');
        }
        return text.toString();
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "…" : one;
    }
}
