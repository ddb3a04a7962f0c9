package io.cerbero.mcp.core.audit;

import java.util.List;

/** Audit off ({@code AUDIT_LOG_FILE} empty): records are dropped, queries find nothing. */
enum DisabledAuditStore implements AuditStore {
    INSTANCE;

    @Override
    public AuditRecord append(AuditRecord record) {
        return record;
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        return List.of();
    }

    @Override
    public ChainReport verify() {
        return new ChainReport(true, 0, List.of(), null, null, null);
    }

    @Override
    public boolean enabled() {
        return false;
    }
}
