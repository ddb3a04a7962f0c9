package io.cerbero.mcp.core.spi;

/**
 * Where audit records go. The host's sink must not lose records silently; it may block briefly.
 * Thread-safe. Must not throw: a failing sink logs the failure itself.
 */
@FunctionalInterface
public interface AuditSink {
    void record(AuditEvent event);
}
