package io.cerbero.mcp.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Outermost filter: gives every request an id, adds {@code X-Request-Id} and {@code X-Duration-Ms} to every
 * response, and writes one JSON line per request on logger {@code mcp.request}.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class RequestLogFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger("mcp.request");

    private static final String STARTED_NANOS = "cerbero.started_nanos";

    private final ObjectMapper json;

    public RequestLogFilter(@Named("gateway") ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED_NANOS, System.nanoTime());
        request.setAttribute(RequestAttributes.REQUEST_ID, newRequestId());
    }

    @ResponseFilter
    public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        long started = request.getAttribute(STARTED_NANOS, Long.class).orElseGet(System::nanoTime);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        String requestId = RequestAttributes.requestId(request);
        response.header("X-Request-Id", requestId);
        response.header("X-Duration-Ms", String.valueOf(durationMs));
        log(request, response.code(), durationMs, requestId);
    }

    /**
     * A version-4 UUID from {@link ThreadLocalRandom}: request ids must be unique, not secret, and
     * {@code UUID.randomUUID()} serialises every request on the shared SecureRandom.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private void log(HttpRequest<?> request, int status, long durationMs, String requestId) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        ToolPath tool = ToolPath.parse(request.getPath());
        InetSocketAddress remote = request.getRemoteAddress();
        StringWriter line = new StringWriter(320);
        // streamed, not built as a tree: this runs once per request on the I/O thread
        try (JsonGenerator out = json.getFactory().createGenerator(line)) {
            out.writeStartObject();
            out.writeStringField("request_id", requestId);
            out.writeStringField("method", request.getMethodName());
            out.writeStringField("path", request.getPath());
            out.writeNumberField("status_code", status);
            out.writeNumberField("duration_ms", durationMs);
            out.writeStringField("actor", RequestAttributes.environment(request).map(e -> e.id()).orElse(null));
            out.writeStringField("bot_tag", RequestAttributes.botTag(request).orElse(null));
            out.writeStringField("exchange", tool == null ? RequestAttributes.exchange(request).orElse(null)
                    : tool.plugin());
            out.writeStringField("tool", tool == null ? RequestAttributes.tool(request).orElse(null) : tool.tool());
            out.writeStringField("client_ip", remote == null || remote.getAddress() == null ? null
                    : remote.getAddress().getHostAddress());
            out.writeStringField("user_agent", request.getHeaders().get(HttpHeaders.USER_AGENT));
            out.writeEndObject();
        } catch (IOException e) {
            LOG.warn("request log line failed for {}", requestId);
            return;
        }
        LOG.info(line.toString());
    }

    /** {@code /mcp-<plugin>/tools[/<tool>]} split without a regex: this runs on every request. */
    record ToolPath(String plugin, String tool) {
        static ToolPath parse(String path) {
            if (!path.startsWith("/mcp-")) {
                return null;
            }
            int slash = path.indexOf('/', 5);
            if (slash < 0 || !path.startsWith("/tools", slash)) {
                return null;
            }
            String rest = path.substring(slash + "/tools".length());
            if (rest.isEmpty()) {
                return new ToolPath(path.substring(5, slash), null);
            }
            if (rest.charAt(0) != '/' || rest.indexOf('/', 1) >= 0) {
                return null;
            }
            return new ToolPath(path.substring(5, slash), rest.substring(1));
        }
    }
}
