package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.upstream.RejectedBy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.time.Duration;

/**
 * Meters every tool call: {@code mcp_requests_seconds} (a latency histogram and count by plugin, tool,
 * environment, HTTP status and error code) and {@code mcp_rejections_total} (by reason: {@code rate_limiter} for
 * the gateway's limiter towards a venue, {@code rate_limit} for a venue's 429 or the inbound limits,
 * {@code circuit_breaker}, {@code policy}). Unknown plugins or tools count as {@code unknown}, so a
 * caller cannot grow the number of series with made-up paths.
 */
@ServerFilter("/mcp-*/**")
public class RequestMetricsFilter implements Ordered {
    private static final String STARTED = "cerbero.metrics_started_nanos";
    private static final Duration MIN_EXPECTED = Duration.ofMillis(1);
    private static final Duration MAX_EXPECTED = Duration.ofSeconds(30);

    private final MeterRegistry registry;

    public RequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RequestLogFilter.ToolPath path = RequestLogFilter.ToolPath.parse(request.getPath());
        if (path == null || path.tool() == null || !request.getMethodName().equals("POST")) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        ToolException error = RequestAttributes.error(request).orElse(null);
        boolean known = error == null || error.code() != ErrorCode.NOT_FOUND;
        Tags tags = Tags.of(
                "plugin", known ? path.plugin() : "unknown",
                "tool", known ? path.tool() : "unknown",
                "environment", RequestAttributes.environment(request).map(e -> e.id()).orElse("none"),
                "status", String.valueOf(response.code()),
                "code", error == null ? "OK" : error.code().name());
        Timer.builder("mcp.requests")
                .description("tool calls by plugin, tool, environment, HTTP status and error code")
                .tags(tags)
                .publishPercentileHistogram()
                .minimumExpectedValue(MIN_EXPECTED)
                .maximumExpectedValue(MAX_EXPECTED)
                .register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        String reason = error == null ? null : rejection(error);
        if (reason != null) {
            Counter.builder("mcp.rejections").description("calls refused by a rate limit, a circuit breaker or policy")
                    .tags("plugin", path.plugin(), "reason", reason).register(registry).increment();
        }
    }

    /**
     * Which defence refused the call, if one did: the upstream client's own {@code details.rejected_by}
     * ({@code circuit_breaker}, {@code rate_limiter}) when it set one, else {@code rate_limit} for any other
     * RATE_LIMIT (the venue's 429, the inbound limits) and {@code policy} for POLICY_REJECTED.
     */
    static String rejection(ToolException error) {
        Object rejectedBy = error.details().get(RejectedBy.DETAIL);
        if (RejectedBy.CIRCUIT_BREAKER.equals(rejectedBy) || RejectedBy.RATE_LIMITER.equals(rejectedBy)) {
            return (String) rejectedBy; // two known values: the label cannot grow from a plugin's detail
        }
        return switch (error.code()) {
            case RATE_LIMIT -> "rate_limit";
            case POLICY_REJECTED -> "policy";
            default -> null;
        };
    }
}
