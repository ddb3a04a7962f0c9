package io.cerbero.mcp.core.upstream;

/**
 * The machine-readable {@code details.rejected_by} of a call {@link ResilientUpstreamClient} refused itself, before
 * anything was sent: metrics and bots read it instead of the message text.
 */
public final class RejectedBy {
    /** The detail key. */
    public static final String DETAIL = "rejected_by";
    /** The circuit breaker of that upstream is open (UPSTREAM_ERROR). */
    public static final String CIRCUIT_BREAKER = "circuit_breaker";
    /** The gateway's own rate limiter for that upstream had no permit in time (RATE_LIMIT). */
    public static final String RATE_LIMITER = "rate_limiter";

    private RejectedBy() {
    }
}
