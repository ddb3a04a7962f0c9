package io.cerbero.mcp.core.model;

/** What happened to a write, as {@link OrderAck#status()} says it. */
public enum AckStatus {
    /** Validated, rounded and checked; nothing was sent. */
    dry_run,
    /** The venue acknowledged the order (accepted, not necessarily filled). */
    accepted,
    /** The venue acknowledged the cancel request. */
    cancel_requested,
    /** The send timed out or the connection dropped, then a lookup by client order id found the order. */
    placed_after_unknown
}
