package io.cerbero.mcp.core.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The gateway risk limits a trading plugin supports, declared with their defaults through
 * {@link ExchangePlugin#riskLimits()}. The host turns each into a config key of the plugin (the leverage cap is
 * {@code <PLUGIN>_MAX_LEVERAGE}), reads the operator's value and hands the result to the plugin's sessions as
 * {@link PluginContext#risk()}. A plugin with a {@code place_order} tool that declares none fails the TCK.
 *
 * @param defaultMaxLeverage the leverage cap when the operator sets none (&gt; 0)
 */
public record RiskLimits(BigDecimal defaultMaxLeverage) {
    /** The config key of the leverage cap, without the plugin prefix. */
    public static final String MAX_LEVERAGE = "MAX_LEVERAGE";

    public RiskLimits {
        Objects.requireNonNull(defaultMaxLeverage, "defaultMaxLeverage");
        if (defaultMaxLeverage.signum() <= 0) {
            throw new IllegalArgumentException("default max leverage must be positive");
        }
    }

    /** A leverage cap with this default. */
    public static RiskLimits maxLeverage(String defaultValue) {
        return new RiskLimits(new BigDecimal(defaultValue));
    }

    /** The config keys the host reads for these limits. */
    public List<ConfigKey> configKeys() {
        return List.of(ConfigKey.withDefault(MAX_LEVERAGE, defaultMaxLeverage.toPlainString(),
                "gateway leverage cap, account-wide: gross exposure of positions and resting orders over equity"));
    }
}
