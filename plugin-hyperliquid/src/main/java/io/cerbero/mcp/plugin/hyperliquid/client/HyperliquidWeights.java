package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * What each request costs in Hyperliquid's per-IP weight budget of 1200 per minute (upstream-apis.md §3 "Rate
 * limits"): {@code /info} types weigh 2, 20 or 60; an {@code /exchange} action weighs 1 + ⌊batch length / 40⌋.
 *
 * <p>fundingHistory and candleSnapshot also cost 1 per 20 (resp. 60) items <i>returned</i>; that part is not known
 * before the answer, so the budget charges the base weight only and the venue's 429 (honoured by the host) covers
 * the rest.
 */
public final class HyperliquidWeights {
    /** The per-IP budget: 1200 weight a minute. */
    public static final long BUDGET_PER_MINUTE = 1200;

    private static final Set<String> LIGHT = Set.of("l2Book", "allMids", "clearinghouseState", "orderStatus",
            "spotClearinghouseState", "exchangeStatus");
    private static final int LIGHT_WEIGHT = 2;
    private static final int USER_ROLE_WEIGHT = 60;
    /** meta, metaAndAssetCtxs, openOrders, frontendOpenOrders, fundingHistory, candleSnapshot and the rest. */
    private static final int DEFAULT_INFO_WEIGHT = 20;
    private static final int BATCH_PER_EXTRA_WEIGHT = 40;

    private HyperliquidWeights() {
    }

    /** The weight of an {@code /info} request of this {@code type}. */
    public static int info(String type) {
        if (LIGHT.contains(type)) {
            return LIGHT_WEIGHT;
        }
        return "userRole".equals(type) ? USER_ROLE_WEIGHT : DEFAULT_INFO_WEIGHT;
    }

    /** The weight of an {@code /exchange} action: 1, plus 1 per 40 orders or cancels it carries. */
    public static int exchange(JsonNode action) {
        int batch = Math.max(action.path("orders").size(), action.path("cancels").size());
        return 1 + batch / BATCH_PER_EXTRA_WEIGHT;
    }
}
