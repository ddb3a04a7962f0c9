package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
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
import java.util.Locale;

/**
 * Meters every tool call: {@code mcp_requests_seconds} (a latency histogram and count by plugin, tool,
 * environment, HTTP status and error code) and {@code mcp_rejections_total} (by reason: the local or venue rate
 * limit, an open circuit breaker, the gateway's policy). Unknown plugins or tools count as {@code unknown}, so a
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

    /** Which defence refused the call, if one did. */
    static String rejection(ToolException error) {
        return switch (error.code()) {
            case RATE_LIMIT -> "rate_limit";
            case POLICY_REJECTED -> "policy";
            // core's resilient client says so in its message; it sets no detail of its own for it
            case UPSTREAM_ERROR -> String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("circuit breaker") ? "circuit_breaker" : null;
            default -> null;
        };
    }
}
