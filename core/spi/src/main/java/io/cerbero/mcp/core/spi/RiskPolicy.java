package io.cerbero.mcp.core.spi;

import java.math.BigDecimal;

/**
 * The gateway's own risk limits for one (plugin, environment), set by the operator ({@code <PLUGIN>_MAX_LEVERAGE}).
 * Trading tools must consult it before any venue call and refuse with POLICY_REJECTED. Immutable, thread-safe.
 */
public interface RiskPolicy {

    /** The largest leverage an order or a leverage setting may result in. */
    BigDecimal maxLeverage();

    /**
     * Refuses a leverage above the cap.
     *
     * @param leverage the leverage the action would result in
     * @param subject  what would cause it, for the message: {@code "set_leverage BTCUSDT"}
     * @throws ToolException POLICY_REJECTED when above the cap, INVALID_INPUT when not positive
     */
    default void requireLeverageWithinCap(BigDecimal leverage, String subject) {
        if (leverage.signum() <= 0) {
            throw ToolException.invalidInput(subject + ": leverage must be positive, got " + leverage.toPlainString());
        }
        if (leverage.compareTo(maxLeverage()) > 0) {
            throw ToolException.policyRejected(subject + ": resulting leverage " + leverage.stripTrailingZeros()
                            .toPlainString() + "x exceeds the gateway cap of " + maxLeverage().toPlainString() + "x")
                    .withFix("lower the size or leverage, or raise the cap with the plugin's MAX_LEVERAGE variable")
                    .withDetail("max_leverage", maxLeverage())
                    .withDetail("requested_leverage", leverage);
        }
    }
}
