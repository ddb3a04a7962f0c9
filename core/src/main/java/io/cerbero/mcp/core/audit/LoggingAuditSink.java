package io.cerbero.mcp.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.spi.AuditEvent;
import io.cerbero.mcp.core.spi.AuditSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each audit event as one JSON line on logger {@code mcp.audit}. */
public final class LoggingAuditSink implements AuditSink {
    private static final Logger LOG = LoggerFactory.getLogger("mcp.audit");
    private final ObjectMapper json;

    public LoggingAuditSink(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void record(AuditEvent event) {
        try {
            LOG.info(json.writeValueAsString(event));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.error("audit event for request {} could not be written: {}", event.requestId(), e.getClass().getName());
        }
    }
}
