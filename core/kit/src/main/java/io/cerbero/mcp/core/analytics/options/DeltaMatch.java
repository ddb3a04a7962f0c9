package io.cerbero.mcp.core.analytics.options;

/** The quote whose Black–Scholes delta is nearest the target, with that delta. */
public record DeltaMatch(OptionQuote quote, double delta) {
}
