package io.cerbero.mcp.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Filters of an audit query; a null filter matches everything. Records come back newest first, at most
 * {@code limit} of them.
 *
 * @param from     earliest time, inclusive
 * @param to       latest time, inclusive
 * @param actor    {@code testnet} or {@code mainnet}
 * @param exchange plugin name
 * @param action   tool name ({@code place_order}, …)
 * @param botTag   the caller's {@code X-Bot-Tag}
 * @param limit    1 to {@link #MAX_LIMIT}
 */
public record AuditQuery(Instant from, Instant to, String actor, String exchange, String action, String botTag,
                         int limit) {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    /** Everything, newest first, up to the default limit. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public boolean matches(AuditRecord record) {
        return (from == null || !record.time().isBefore(from))
                && (to == null || !record.time().isAfter(to))
                && (actor == null || actor.equals(record.actor()))
                && (exchange == null || exchange.equals(record.exchange()))
                && (action == null || action.equals(record.tool()))
                && (botTag == null || botTag.equals(record.botTag()));
    }

    /** The same query restricted to one actor (a testnet caller sees only testnet records). */
    public AuditQuery onlyActor(String only) {
        Objects.requireNonNull(only, "only");
        // asking for the other actor's records gives none, rather than widening the filter
        String restricted = actor == null || actor.equals(only) ? only : "\u0000none";
        return new AuditQuery(from, to, restricted, exchange, action, botTag, limit);
    }
}
