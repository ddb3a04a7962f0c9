package io.cerbero.mcp.core.analytics.options;

/** Dealer gamma exposure at one strike (per 1% move of the underlying, in underlying-currency units). */
public record StrikeGamma(double strike, double callGex, double putGex, double netGex) {
}
