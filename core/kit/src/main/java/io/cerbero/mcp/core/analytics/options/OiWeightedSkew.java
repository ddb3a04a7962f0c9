package io.cerbero.mcp.core.analytics.options;

/** Open-interest-weighted mean IV of OTM puts and OTM calls; {@code skew = putIv - callIv}. */
public record OiWeightedSkew(double putIv, double callIv, double skew) {
}
