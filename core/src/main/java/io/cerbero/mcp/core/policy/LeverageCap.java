package io.cerbero.mcp.core.policy;

import io.cerbero.mcp.core.spi.RiskPolicy;

import java.math.BigDecimal;
import java.util.Objects;

/** The operator's leverage cap for one (plugin, environment). */
public record LeverageCap(BigDecimal maxLeverage) implements RiskPolicy {
    /** Applied when a plugin declares no cap: no leverage at all. */
    public static final LeverageCap NONE = new LeverageCap(BigDecimal.ONE);

    public LeverageCap {
        Objects.requireNonNull(maxLeverage, "maxLeverage");
        if (maxLeverage.signum() <= 0) {
            throw new IllegalArgumentException("max leverage must be positive");
        }
    }
}
