package io.cerbero.mcp.plugin.sentiment;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.time.Duration;

/**
 * The sources' answers mapped onto the gateway's error codes. Each client reads its own envelope (Binance
 * {@code code/msg}, OKX {@code code/msg}, Bybit {@code retCode}, Deribit {@code error.code}) and calls these; every
 * error names the source and carries {@code endpoint}, and {@code venue_code} / {@code venue_message} when the
 * source gave them. The host itself already maps HTTP 429, 5xx, I/O failures and timeouts.
 *
 * <table>
 *   <caption>HTTP statuses without a usable envelope</caption>
 *   <tr><th>status</th><th>code</th></tr>
 *   <tr><td>401 / 403 from a keyed provider</td><td>UPSTREAM_REJECTED, fix: check the key variable</td></tr>
 *   <tr><td>403 from a venue</td><td>UPSTREAM_REJECTED (IP limit, WAF or region block)</td></tr>
 *   <tr><td>418 (Binance IP ban)</td><td>RATE_LIMIT with Retry-After when given</td></tr>
 *   <tr><td>451</td><td>UPSTREAM_REJECTED: not available from this server's location</td></tr>
 *   <tr><td>any other 4xx</td><td>UPSTREAM_REJECTED with the status</td></tr>
 *   <tr><td>2xx whose body is not the source's format</td><td>UPSTREAM_ERROR</td></tr>
 * </table>
 * Envelope codes: rate-limit codes (Binance -1003, OKX 50011, Bybit 10006, Deribit 10028) → RATE_LIMIT; every
 * other code → UPSTREAM_REJECTED with the code.
 */
public final class SentimentErrors {
    /** Wait suggested when a source says "too many requests" without saying for how long. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

    private SentimentErrors() {
    }

    /** The source refused the request (unknown symbol, bad parameter) with its own code and message. */
    public static ToolException rejected(String source, UpstreamRequest request, Object venueCode,
                                         String venueMessage) {
        String message = clip(venueMessage);
        return ToolException.upstreamRejected(source + " rejected " + request.path() + ": " + message
                        + (venueCode == null ? "" : " (code " + venueCode + ")"))
                .withDetail(ErrorDetails.VENUE_CODE, venueCode == null ? "" : venueCode)
                .withDetail(ErrorDetails.VENUE_MESSAGE, message)
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /** The source's own rate limit, signalled in its envelope rather than by HTTP 429. */
    public static ToolException rateLimited(String source, UpstreamRequest request, Object venueCode) {
        return ToolException.of(ErrorCode.RATE_LIMIT, source + " rate limit reached on " + request.path())
                .withRetryAfter(DEFAULT_RATE_LIMIT_WAIT)
                .withFix("wait before asking " + source + " again")
                .withDetail(ErrorDetails.VENUE_CODE, venueCode)
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /** A 2xx answer that is not in the source's format. */
    public static ToolException unparseable(String source, UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            return httpStatus(source, response, request, null);
        }
        return ToolException.upstreamError(source + " answered " + request.path() + " in an unexpected format")
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    /**
     * A non-2xx status whose body did not explain itself.
     *
     * @param keyVariable the variable holding this source's key, or null for a keyless source
     */
    public static ToolException httpStatus(String source, UpstreamResponse response, UpstreamRequest request,
                                           String keyVariable) {
        int status = response.status();
        ToolException e;
        if ((status == 401 || status == 403) && keyVariable != null) {
            e = ToolException.upstreamRejected(source + " refused the key (HTTP " + status + ")")
                    .withFix("check " + keyVariable + ": it is wrong, expired, or its plan does not include "
                            + request.path());
        } else if (status == 418) {
            ToolException limited = ToolException.of(ErrorCode.RATE_LIMIT, source + " banned this server's IP for "
                    + "a while (HTTP 418) after too many requests");
            e = retryAfter(response).map(limited::withRetryAfter).orElse(limited)
                    .withFix("stop calling " + source + " until the ban ends");
        } else if (status == 451) {
            e = ToolException.upstreamRejected(source + " is not available from this server's location (HTTP 451)")
                    .withFix("run the gateway where " + source + " serves, or leave " + source + " out of venues");
        } else if (status == 403) {
            e = ToolException.upstreamRejected(source + " refused this server (HTTP 403: IP rate limit, firewall "
                    + "or region block)");
        } else {
            e = ToolException.upstreamRejected(source + " answered HTTP " + status + " on " + request.path());
        }
        return e.withDetail(ErrorDetails.HTTP_STATUS, status).withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    private static java.util.Optional<Duration> retryAfter(UpstreamResponse response) {
        return response.header("Retry-After").flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    static String clip(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
