package io.cerbero.mcp.core.trading;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * How a venue's client order ids look: {@link ClientOrderIds} for the common {@code A-Z a-z 0-9 - _} shape with a
 * length limit; a venue with another shape (Hyperliquid's 128-bit hex cloid) implements its own.
 */
public interface ClientOrderIdFormat {

    /**
     * The caller's id when given (checked), else a generated one.
     *
     * @throws io.cerbero.mcp.core.spi.ToolException INVALID_INPUT when the given id does not fit the venue
     */
    String givenOrGenerate(String given, Clock clock, RandomGenerator random);
}
