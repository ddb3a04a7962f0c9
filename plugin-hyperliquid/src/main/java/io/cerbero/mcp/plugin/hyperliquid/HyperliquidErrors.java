package io.cerbero.mcp.plugin.hyperliquid;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.time.Duration;
import java.util.Locale;

/**
 * Hyperliquid's answers mapped onto the gateway's error codes. The host already maps HTTP 429, 5xx, I/O failures
 * and timeouts; this class reads the rest. Every error names the {@code endpoint} and, when the venue said one,
 * carries its {@code venue_message}.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>venue</th><th>code</th></tr>
 *   <tr><td>HTTP 4xx (bad JSON 422, unknown request 400; body {@code {code,msg,data}} or text)</td>
 *       <td>UPSTREAM_REJECTED with {@code http_status}</td></tr>
 *   <tr><td>{@code {"status":"err","response":"…"}} (the whole action refused)</td>
 *       <td>UPSTREAM_REJECTED, or RATE_LIMIT when the message is about request limits</td></tr>
 *   <tr><td>{@code status "ok"} with a per-order {@code {"error":"…"}} (the trap: "ok" is not success)</td>
 *       <td>UPSTREAM_REJECTED</td></tr>
 *   <tr><td>a 2xx body that is not the expected JSON</td><td>UPSTREAM_ERROR</td></tr>
 * </table>
 * Known messages get a suggested fix (API wallet not approved, nonce, margin, minimum value, tick).
 */
public final class HyperliquidErrors {
    /** The venue's address-based action budget refills with traded volume; a short wait rarely helps. */
    static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(10);
    private static final int MAX_MESSAGE = 200;

    private HyperliquidErrors() {
    }

    /** A 4xx other than 429, whatever its body says. */
    public static ToolException httpStatus(UpstreamResponse response, String endpoint) {
        String body = clip(response.body());
        ToolException e = ToolException.upstreamRejected("Hyperliquid answered HTTP " + response.status() + " on "
                        + endpoint + (body.isEmpty() ? "" : ": " + body))
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, endpoint);
        return body.isEmpty() ? e : e.withDetail(ErrorDetails.VENUE_MESSAGE, body);
    }

    /** A 2xx body that is not what the request type answers. */
    public static ToolException unparseable(String endpoint) {
        return ToolException.upstreamError("Hyperliquid answered " + endpoint + " with a body that is not the "
                + "expected JSON").withDetail(ErrorDetails.ENDPOINT, endpoint);
    }

    /** {@code {"status":"err","response":message}}: the venue refused the whole action. */
    public static ToolException actionRefused(String message, String endpoint) {
        return venueMessage(message, endpoint, "Hyperliquid refused the action");
    }

    /** A per-order (or per-cancel) error inside a {@code status "ok"} answer. */
    public static ToolException itemRefused(String message, String endpoint) {
        return venueMessage(message, endpoint, "Hyperliquid rejected the order");
    }

    private static ToolException venueMessage(String raw, String endpoint, String what) {
        String message = raw == null || raw.isBlank() ? "(no message)" : clip(raw);
        String lower = message.toLowerCase(Locale.ROOT);
        ToolException e;
        if (lower.contains("too many") || lower.contains("rate limit")) {
            e = ToolException.of(ErrorCode.RATE_LIMIT, what + ": " + message).withRetryAfter(RATE_LIMIT_WAIT)
                    .withFix("the address's action budget is spent (it grows with traded volume); wait, or "
                            + "cancel fewer orders");
        } else {
            e = ToolException.upstreamRejected(what + ": " + message);
            String fix = fixFor(lower);
            if (fix != null) {
                e = e.withFix(fix);
            }
        }
        return e.withDetail(ErrorDetails.VENUE_MESSAGE, message).withDetail(ErrorDetails.ENDPOINT, endpoint);
    }

    private static String fixFor(String lower) {
        if (lower.contains("does not exist") || lower.contains("not registered") || lower.contains("agent")) {
            return "approve the API wallet HYPERLIQUID_API_WALLET_ADDRESS for HYPERLIQUID_WALLET_ADDRESS on this "
                    + "network (testnet and mainnet approvals are separate), and check HYPERLIQUID_PRIVATE_KEY";
        }
        if (lower.contains("nonce")) {
            return "the signed nonce was refused: check the server clock (NTP); nonces are milliseconds and must "
                    + "be recent and unused";
        }
        if (lower.contains("margin")) {
            return "lower the size or add collateral";
        }
        if (lower.contains("minimum value")) {
            return "raise qty: an order must be worth at least $10";
        }
        if (lower.contains("tick") || lower.contains("invalid price")) {
            return "prices take at most 5 significant figures and 6 - szDecimals decimals";
        }
        return null;
    }

    private static String clip(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "…" : one;
    }
}
