package io.cerbero.mcp.plugin.deribit.client;

import java.util.List;

/**
 * Deribit's credit system as the gateway budgets it. The venue meters each account with refilling credit pools,
 * one for matching-engine requests (order entry) and one for the rest (upstream-apis.md §1 "Rate limits"; the
 * live figures are in {@code private/get_account_summary → result.limits}). The reference gives the default tiers'
 * rates only as about 20 requests/s for non-matching-engine and 5/s for matching-engine calls [U]; the pool below is
 * Deribit's published default for non-matching-engine calls (50,000 credits, 10,000 back per second, 500 a request:
 * 20/s, bursts of 100). One host budget holds both kinds, so an order costs the 5/s share of it (2,000 credits):
 * orders also hold back reads, which errs on the safe side of the venue's two pools.
 */
public final class DeribitCredits {
    public static final long POOL = 50_000;
    public static final long REFILL_PER_SECOND = 10_000;
    static final int READ = 500;
    static final int MATCHING_ENGINE = 2_000;

    /** Method prefixes that go to the matching engine (order entry, amend, cancel, close). */
    private static final List<String> MATCHING_ENGINE_METHODS = List.of("private/buy", "private/sell",
            "private/edit", "private/cancel", "private/close_position", "private/mass_quote");

    private DeribitCredits() {
    }

    /** The credits a call of {@code method} ({@code public/ticker}, {@code private/buy}) costs. */
    public static int of(String method) {
        return MATCHING_ENGINE_METHODS.stream().anyMatch(method::startsWith) ? MATCHING_ENGINE : READ;
    }
}
