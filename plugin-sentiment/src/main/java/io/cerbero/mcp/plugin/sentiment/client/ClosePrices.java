package io.cerbero.mcp.plugin.sentiment.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A venue whose perpetual candles this plugin reads for statistics (Binance, Bybit). */
public interface ClosePrices {

    /**
     * Closes of finished bars, oldest first: the bar still forming at {@code now} is left out.
     *
     * @param interval 1h, 4h or 1d
     * @param limit    bars to ask for, including the one still forming
     */
    CompletableFuture<List<ClosePrice>> closes(String coin, BarInterval interval, int limit);
}
