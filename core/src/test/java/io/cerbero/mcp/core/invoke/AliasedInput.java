package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.trading.Side;

/** An input that also accepts {@code instrument} for {@code symbol} (as Deribit's tools do). */
public record AliasedInput(@JsonAlias("instrument") String symbol, Side side) {
    public AliasedInput {
        Inputs.requireToken(symbol, "symbol", 32);
        Inputs.require(side, "side");
    }
}
