package io.cerbero.mcp.plugin.macro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.trading.DryRunRequest;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The providers' error answers mapped onto the gateway's codes. The host already maps HTTP 429 (RATE_LIMIT),
 * 5xx, I/O failures (UPSTREAM_ERROR) and timeouts (UPSTREAM_TIMEOUT); what reaches here is a 4xx or an unreadable
 * 2xx. Every error carries {@code details.endpoint} (a path, never the query, which holds FRED's key) and
 * {@code http_status}, plus {@code venue_message} when the provider gave one.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>provider answer</th><th>code</th></tr>
 *   <tr><td>FRED 400 "api_key …" (key not registered or malformed)</td><td>UPSTREAM_REJECTED, fix: check FRED_API_KEY</td></tr>
 *   <tr><td>FRED 400 / 404 other (unknown series, bad parameter)</td><td>UPSTREAM_REJECTED with FRED's message</td></tr>
 *   <tr><td>Finnhub 401</td><td>UPSTREAM_REJECTED, fix: check FINNHUB_API_KEY</td></tr>
 *   <tr><td>Finnhub 403 (endpoint not in the key's plan)</td><td>UPSTREAM_REJECTED, fix: a plan that includes it</td></tr>
 *   <tr><td>Socrata 400 (SoQL rejected), 404 (unknown dataset)</td><td>UPSTREAM_REJECTED with Socrata's code and message</td></tr>
 *   <tr><td>Socrata 403 (bad app token)</td><td>UPSTREAM_REJECTED, fix: check CFTC_APP_TOKEN</td></tr>
 *   <tr><td>a 2xx body that is not the provider's format</td><td>UPSTREAM_ERROR</td></tr>
 * </table>
 */
public final class MacroErrors {
    private static final ObjectMapper JSON = JsonMappers.venue();
    private static final int MAX_MESSAGE = 200;

    private MacroErrors() {
    }

    /** FRED answered a 4xx: {@code {"error_code":400,"error_message":"Bad Request.  …"}}. */
    public static ToolException fred(UpstreamResponse response, UpstreamRequest request, String apiKey) {
        String message = field(response, "error_message").map(m -> clean(m, apiKey)).orElse("");
        ToolException e = ToolException.upstreamRejected("FRED rejected " + request.path() + " (HTTP "
                + response.status() + ")" + (message.isEmpty() ? "" : ": " + message));
        if (message.toLowerCase(Locale.ROOT).contains("api_key")) {
            e = e.withFix("check FRED_API_KEY: FRED keys are 32 lowercase letters and digits, from "
                    + "fredaccount.stlouisfed.org");
        } else if (message.toLowerCase(Locale.ROOT).contains("series does not exist")) {
            e = e.withFix("check the series id on fred.stlouisfed.org (e.g. DGS10, T10Y2Y, CPIAUCSL)");
        }
        return withVenue(e, response, request, message);
    }

    /** Finnhub answered a 4xx: {@code {"error":"…"}}. */
    public static ToolException finnhub(UpstreamResponse response, UpstreamRequest request, String apiKey) {
        String message = field(response, "error").map(m -> clean(m, apiKey)).orElse("");
        String text = "Finnhub rejected " + request.path() + " (HTTP " + response.status() + ")"
                + (message.isEmpty() ? "" : ": " + message);
        ToolException e = switch (response.status()) {
            case 401 -> ToolException.upstreamRejected(text).withFix("check FINNHUB_API_KEY");
            case 403 -> ToolException.upstreamRejected(text)
                    .withFix("this Finnhub endpoint is not in the key's plan (the economic calendar is a paid "
                            + "endpoint): use a key whose plan includes it");
            default -> ToolException.upstreamRejected(text);
        };
        return withVenue(e, response, request, message);
    }

    /** Socrata answered a 4xx: {@code {"code":"query.soql.no-such-column","error":true,"message":"…"}}. */
    public static ToolException socrata(UpstreamResponse response, UpstreamRequest request, String appToken) {
        String message = field(response, "message").map(m -> clean(m, appToken)).orElse("");
        String code = field(response, "code").or(() -> field(response, "errorCode")).orElse(null);
        String text = "CFTC (Socrata) rejected " + request.path() + " (HTTP " + response.status() + ")"
                + (message.isEmpty() ? "" : ": " + message);
        ToolException e = ToolException.upstreamRejected(text);
        if (response.status() == 403) {
            e = e.withFix("check CFTC_APP_TOKEN, or unset it: the COT data is public");
        } else if (response.status() == 404) {
            e = e.withFix("the COT dataset id is unknown to publicreporting.cftc.gov (CFTC_URL)");
        }
        if (code != null) {
            e = e.withDetail(ErrorDetails.VENUE_CODE, clean(code, appToken));
        }
        return withVenue(e, response, request, message);
    }

    /** A 2xx whose body is not what the provider documents. */
    public static ToolException unparseable(String provider, UpstreamResponse response, UpstreamRequest request) {
        return ToolException.upstreamError(provider + " answered " + request.path() + " with a body that is not its "
                        + "documented JSON")
                .withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
    }

    private static ToolException withVenue(ToolException e, UpstreamResponse response, UpstreamRequest request,
                                           String message) {
        ToolException withStatus = e.withDetail(ErrorDetails.HTTP_STATUS, response.status())
                .withDetail(ErrorDetails.ENDPOINT, request.path());
        return message.isEmpty() ? withStatus : withStatus.withDetail(ErrorDetails.VENUE_MESSAGE, message);
    }

    private static Optional<String> field(UpstreamResponse response, String name) {
        try {
            JsonNode node = JSON.readTree(response.body());
            JsonNode value = node == null ? null : node.get(name);
            return value == null || value.isNull() || value.asText().isBlank()
                    ? Optional.empty() : Optional.of(value.asText());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One line, clipped, with the caller's key removed should the provider echo it. */
    private static String clean(String message, String secret) {
        String one = DryRunRequest.redact(message, secret).replaceAll("\\s+", " ").trim();
        return one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "…" : one;
    }
}
