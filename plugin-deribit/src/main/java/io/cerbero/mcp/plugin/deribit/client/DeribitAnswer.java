package io.cerbero.mcp.plugin.deribit.client;

import java.time.Instant;

/**
 * The {@code result} of a successful JSON-RPC call, with the venue's send time.
 *
 * @param result    the method's result, typed
 * @param timestamp {@code usOut} (µs) as an instant: when Deribit produced the answer; null when absent
 */
public record DeribitAnswer<T>(T result, Instant timestamp) {
}
