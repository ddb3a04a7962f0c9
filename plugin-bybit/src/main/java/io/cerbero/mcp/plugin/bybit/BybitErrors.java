package io.cerbero.mcp.plugin.bybit;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Bybit's answers mapped onto the gateway's error codes. Every error carries {@code details.venue_code} /
 * {@code venue_message} when the venue gave them, and {@code endpoint}.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>venue</th><th>code</th></tr>
 *   <tr><td>HTTP 403 (IP rate limit or blocked region)</td><td>RATE_LIMIT, retry after 10 min</td></tr>
 *   <tr><td>HTTP 401</td><td>UPSTREAM_REJECTED (auth headers)</td></tr>
 *   <tr><td>retCode 10006 (per-UID rate limit)</td><td>RATE_LIMIT, retry after X-Bapi-Limit-Reset-Timestamp</td></tr>
 *   <tr><td>retCode 10016 (venue server error)</td><td>UPSTREAM_ERROR, retryable</td></tr>
 *   <tr><td>10002 / 10003 / 10004 / 10005 / 10010</td><td>UPSTREAM_REJECTED with a fix (clock, key, secret,
 *       permission, IP whitelist)</td></tr>
 *   <tr><td>any other non-zero retCode (10001, 110xxx order rejections, 170xxx spot ...)</td>
 *       <td>UPSTREAM_REJECTED with the venue code</td></tr>
 *   <tr><td>unparseable body</td><td>UPSTREAM_ERROR</td></tr>
 * </table>
 * The host itself already maps HTTP 429, 5xx, I/O failures and timeouts.
 */
public final class BybitErrors {
    /** How long Bybit bans an IP that broke the 600 requests / 5 s limit. */
    public static final Duration IP_BAN = Duration.ofMinutes(10);
    /** Wait suggested for a 10006 without a usable reset header. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);
    static final String RESET_HEADER = "X-Bapi-Limit-Reset-Timestamp";

    private BybitErrors() {
    }

    /** Statuses that mean something on their own, before the body is read. */
    public static void checkHttpStatus(UpstreamResponse response, UpstreamRequest request) {
        if (response.status() == 403) {
            throw ToolException.of(ErrorCode.RATE_LIMIT, "Bybit refused this server's IP (HTTP 403): IP rate limit "
                            + "breached or region blocked")
                    .withRetryAfter(IP_BAN)
                    .withFix("stop calling Bybit for at least 10 minutes; if it persists, the server's region is blocked")
                    .withDetail(ErrorDetails.HTTP_STATUS, 403)
                    .withDetail(ErrorDetails.ENDPOINT, request.path());
        }
        if (response.status() == 401) {
            throw ToolException.upstreamRejected("Bybit rejected the authentication headers (HTTP 401)")
                    .withFix("check BYBIT_API_KEY / BYBIT_API_SECRET for this environment (testnet and mainnet keys differ)")
                    .withDetail(ErrorDetails.HTTP_STATUS, 401)
                    .withDetail(ErrorDetails.ENDPOINT, request.path());
        }
    }

    /** A non-2xx status whose body had no error envelope. */
    public static ToolException fromHttpStatus(UpstreamResponse response, UpstreamRequest request) {
        ToolException e = ToolException.upstreamRejected("Bybit answered HTTP " + response.status() + " on "
                        + request.path())
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
        return response.status() == 404
                ? e.withFix("the path or the category does not exist for this account mode (e.g. classic vs unified)")
                : e;
    }

    /** The body is not a Bybit envelope. */
    public static ToolException unparseable(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            return fromHttpStatus(response, request);
        }
        return ToolException.upstreamError("Bybit answered with a body that is not a v5 envelope on " + request.path())
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /** A non-zero {@code retCode}, whatever the HTTP status. */
    public static ToolException fromRetCode(int retCode, String retMsg, UpstreamResponse response,
                                            UpstreamRequest request, Clock clock) {
        String message = retMsg == null || retMsg.isBlank() ? "(no message)" : clip(retMsg);
        String text = "Bybit rejected " + request.path() + ": " + message + " (retCode " + retCode + ")";
        ToolException e = switch (retCode) {
            case 10006 -> ToolException.of(ErrorCode.RATE_LIMIT, "Bybit rate limit for " + request.path()
                            + " reached (retCode 10006)")
                    .withRetryAfter(resetWait(response, clock))
                    .withFix("wait until the reset time before calling this endpoint again");
            case 10016 -> ToolException.upstreamError("Bybit server error on " + request.path() + ": " + message
                    + " (retCode 10016)");
            case 10002 -> ToolException.upstreamRejected(text)
                    .withFix("check the server clock (NTP): the request timestamp fell outside the receive window; "
                            + "or raise BYBIT_RECV_WINDOW");
            case 10003 -> ToolException.upstreamRejected(text)
                    .withFix("the API key is invalid for this environment: testnet and mainnet keys differ "
                            + "(BYBIT_API_KEY_TESTNET / BYBIT_API_KEY_LIVE)");
            case 10004 -> ToolException.upstreamRejected(text)
                    .withFix("the signature was refused: check that BYBIT_API_SECRET belongs to BYBIT_API_KEY for "
                            + "this environment, and that the server clock is right");
            case 10005 -> ToolException.upstreamRejected(text)
                    .withFix("the API key lacks the permission for this call: enable it on Bybit's API management page");
            case 10010 -> ToolException.upstreamRejected(text)
                    .withFix("this server's IP is not in the API key's IP whitelist");
            default -> ToolException.upstreamRejected(text);
        };
        return e.withDetail(ErrorDetails.VENUE_CODE, retCode)
                .withDetail(ErrorDetails.VENUE_MESSAGE, message)
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /** Time until {@code X-Bapi-Limit-Reset-Timestamp} (epoch ms), or a default when absent or unreadable. */
    static Duration resetWait(UpstreamResponse response, Clock clock) {
        Optional<String> header = response.header(RESET_HEADER);
        if (header.isEmpty()) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
        try {
            long wait = Long.parseLong(header.get().trim()) - clock.millis();
            return Duration.ofMillis(Math.max(0, wait));
        } catch (NumberFormatException e) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
