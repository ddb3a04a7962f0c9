package io.cerbero.mcp.core.analytics.risk;

/**
 * Value at Risk and Conditional VaR (expected shortfall) at {@code confidence}, both expressed as
 * positive losses in return units (a VaR of 0.03 means a 3% loss). Negative means a gain at that tail.
 */
public record RiskEstimate(double confidence, double valueAtRisk, double conditionalValueAtRisk) {
}
