package io.cerbero.mcp.core.analytics.options;

/**
 * ATM vs wings for one expiry: IV at the forward and at {@code F(1 - width)} / {@code F(1 + width)}.
 * {@code wingPremium = (putWingIv + callWingIv) / 2 - atmIv} (smile convexity);
 * {@code asymmetry = (putWingIv - callWingIv) / atmIv} (positive when the downside wing is richer).
 */
public record WingVols(double atmIv, double putWingIv, double callWingIv, double wingPremium, double asymmetry) {
}
