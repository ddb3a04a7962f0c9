package io.cerbero.mcp.plugin.sentiment.client;

import java.math.BigDecimal;
import java.time.Instant;

/** The close of one finished bar, keyed by the bar's open time. */
public record ClosePrice(Instant openTime, BigDecimal close) {
}
