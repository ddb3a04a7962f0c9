package io.cerbero.mcp.core.testing;

import io.cerbero.mcp.core.spi.AuditEvent;
import io.cerbero.mcp.core.spi.AuditSink;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps audit events in memory for assertions. */
public final class RecordingAuditSink implements AuditSink {
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }
}
