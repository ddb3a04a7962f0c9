package io.cerbero.mcp.core.spi;

/** What a tool does to the venue account. The host audits every {@link #WRITE} call before and after it runs. */
public enum Effect {
    /** Reads market or account data; safe to retry. */
    READ,
    /** Changes venue state (orders, leverage, transfers). Must accept {@code dry_run}. */
    WRITE
}
