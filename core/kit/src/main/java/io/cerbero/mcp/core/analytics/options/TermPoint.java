package io.cerbero.mcp.core.analytics.options;

/** ATM implied vol of one expiry. */
public record TermPoint(double years, double atmIv) {
}
