package io.cerbero.mcp.core.invoke;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.trading.Side;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A tool input with one component of each kind a caller can get wrong, for the input message specs. */
public record OrderLikeInput(String symbol, Side side, BigDecimal qty, Integer limit, Boolean dryRun, Instant since,
                             List<String> tags, Leg leg) {
    public OrderLikeInput {
        Inputs.requireToken(symbol, "symbol", 32);
    }

    /** A nested record, to check paths such as {@code leg.side}. */
    public record Leg(Side side, BigDecimal qty) {
    }
}
