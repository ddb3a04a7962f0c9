package io.cerbero.mcp.core.audit;

import java.util.List;

/**
 * Where audit records are kept: the one interface between the host's audit sink and the query endpoints, so a
 * shared store for several replicas can replace the embedded {@link JsonlAuditStore} without touching plugins or
 * endpoints. Thread-safe.
 */
public interface AuditStore extends AutoCloseable {
    /**
     * Adds a record at the end of the chain and returns it as stored (with seq and hashes). Returns only once the
     * record is durable as configured (at least handed to the operating system, so a killed process keeps it).
     *
     * @throws AuditWriteException when the record could not be stored
     */
    AuditRecord append(AuditRecord record);

    /** Matching records, newest first. */
    List<AuditRecord> query(AuditQuery query);

    /** Walks the whole chain and reports the first broken link. */
    ChainReport verify();

    /** False for the store that keeps nothing (audit turned off). */
    default boolean enabled() {
        return true;
    }

    @Override
    default void close() {
    }

    /** The store of a gateway whose audit log is turned off: keeps nothing, finds nothing. */
    static AuditStore disabled() {
        return DisabledAuditStore.INSTANCE;
    }
}
