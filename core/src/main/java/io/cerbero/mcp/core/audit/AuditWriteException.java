package io.cerbero.mcp.core.audit;

/** An audit record could not be stored. */
public final class AuditWriteException extends RuntimeException {
    public AuditWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
