package io.cerbero.mcp.core.analytics.options;

/**
 * 25-delta smile summary of one expiry. {@code riskReversal = call25Iv - put25Iv} (negative when puts are
 * bid, the usual equity/crypto-downside skew); {@code butterfly = (call25Iv + put25Iv) / 2 - atmIv}.
 */
public record Skew25(double put25Iv, double call25Iv, double atmIv, double riskReversal, double butterfly) {
}
