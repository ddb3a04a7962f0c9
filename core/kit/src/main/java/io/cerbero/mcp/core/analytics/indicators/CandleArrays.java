package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A venue's candles (oldest first) as the high/low/close arrays the indicators read. Each candle is checked to be
 * a bar: a time after the previous one, positive prices, low not above high. A candle that is not is the venue's
 * (or its mapping's) fault, so it is an UPSTREAM_ERROR naming the candle, never a 500 or a silently wrong value.
 */
record CandleArrays(double[] highs, double[] lows, double[] closes) {

    static CandleArrays of(List<Candle> candles) {
        int n = candles.size();
        double[] highs = new double[n];
        double[] lows = new double[n];
        double[] closes = new double[n];
        Instant previous = null;
        for (int i = 0; i < n; i++) {
            Candle c = candles.get(i);
            if (c == null || c.openTime() == null) {
                throw ToolException.upstreamError("candle " + i + " has no open time");
            }
            if (previous != null && !c.openTime().isAfter(previous)) {
                throw ToolException.upstreamError("candles are not oldest first: " + c.openTime()
                        + " follows " + previous);
            }
            previous = c.openTime();
            highs[i] = price(c.high(), "high", c);
            lows[i] = price(c.low(), "low", c);
            closes[i] = price(c.close(), "close", c);
            if (lows[i] > highs[i]) {
                throw ToolException.upstreamError("candle " + c.openTime() + " has its low above its high");
            }
        }
        return new CandleArrays(highs, lows, closes);
    }

    private static double price(BigDecimal value, String field, Candle c) {
        if (value == null || value.signum() <= 0) {
            throw ToolException.upstreamError("candle " + c.openTime() + " has no positive " + field
                    + " (got " + (value == null ? "none" : value.toPlainString()) + ")");
        }
        return value.doubleValue();
    }
}
