package io.cerbero.mcp.plugin.deribit.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * Deribit's public market data as the venue sends it (snake_case names, JSON numbers read as {@link BigDecimal}).
 * Only the fields the tools use; unknown fields are ignored.
 */
public final class DeribitMarketData {
    private DeribitMarketData() {
    }

    /** <a href="https://docs.deribit.com/#public-ticker">public/ticker</a>; options add greeks and IVs. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Ticker(String instrumentName, String state, BigDecimal bestBidPrice, BigDecimal bestBidAmount,
                         BigDecimal bestAskPrice, BigDecimal bestAskAmount, BigDecimal lastPrice, BigDecimal markPrice,
                         BigDecimal indexPrice, BigDecimal openInterest, BigDecimal settlementPrice,
                         BigDecimal estimatedDeliveryPrice, BigDecimal minPrice, BigDecimal maxPrice,
                         BigDecimal currentFunding, @JsonProperty("funding_8h") BigDecimal funding8h,
                         BigDecimal interestValue, Stats stats, Long timestamp, Greeks greeks, BigDecimal markIv,
                         BigDecimal bidIv, BigDecimal askIv, BigDecimal underlyingPrice, String underlyingIndex,
                         BigDecimal interestRate) {
    }

    /** 24 h statistics; {@code price_change} is in percent. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Stats(BigDecimal high, BigDecimal low, BigDecimal volume, BigDecimal volumeUsd,
                        BigDecimal priceChange) {
    }

    /** The venue's greeks of one option (vega per vol point, theta per day, in USD). */
    public record Greeks(BigDecimal delta, BigDecimal gamma, BigDecimal vega, BigDecimal theta, BigDecimal rho) {
    }

    /** <a href="https://docs.deribit.com/#public-get_order_book">public/get_order_book</a>: levels {@code [price, amount]}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OrderBook(String instrumentName, Long timestamp, String state, List<List<BigDecimal>> bids,
                            List<List<BigDecimal>> asks, Long changeId, BigDecimal markPrice, BigDecimal indexPrice,
                            BigDecimal bestBidPrice, BigDecimal bestAskPrice) {
    }

    /**
     * One row of <a href="https://docs.deribit.com/#public-get_book_summary_by_currency">public/get_book_summary_by_currency</a>:
     * the whole chain in one call, with mark IV (percent) but <b>no greeks</b>.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BookSummary(String instrumentName, String baseCurrency, String quoteCurrency, BigDecimal markPrice,
                              BigDecimal markIv, BigDecimal bidPrice, BigDecimal askPrice, BigDecimal midPrice,
                              BigDecimal last, BigDecimal openInterest, BigDecimal volume, BigDecimal volumeUsd,
                              BigDecimal underlyingPrice, String underlyingIndex, BigDecimal interestRate,
                              BigDecimal estimatedDeliveryPrice, Long creationTimestamp) {
    }

    /** <a href="https://docs.deribit.com/#public-get_instruments">public/get_instruments</a> (1 request / 10 s: cached). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Instrument(String instrumentName, String kind, String instrumentType, Boolean isActive,
                             BigDecimal tickSize, List<TickStep> tickSizeSteps, BigDecimal minTradeAmount,
                             BigDecimal contractSize, BigDecimal strike, String optionType, Long expirationTimestamp,
                             String settlementPeriod, String baseCurrency, String quoteCurrency,
                             String settlementCurrency, String counterCurrency, String priceIndex,
                             BigDecimal makerCommission, BigDecimal takerCommission, BigDecimal maxLeverage) {
    }

    /** Above {@code above_price} the tick is {@code tick_size} (options: coarser ticks for dearer options). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TickStep(BigDecimal abovePrice, BigDecimal tickSize) {
    }

    /**
     * <a href="https://docs.deribit.com/#public-get_tradingview_chart_data">public/get_tradingview_chart_data</a>:
     * column arrays, {@code ticks} = bar open (ms); {@code volume} in the base coin, {@code cost} in the quote.
     */
    public record ChartData(String status, List<Long> ticks, List<BigDecimal> open, List<BigDecimal> high,
                            List<BigDecimal> low, List<BigDecimal> close, List<BigDecimal> volume,
                            List<BigDecimal> cost) {
    }

    /** One hour of <a href="https://docs.deribit.com/#public-get_funding_rate_history">public/get_funding_rate_history</a>. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FundingRow(Long timestamp, BigDecimal indexPrice, BigDecimal prevIndexPrice,
                             @JsonProperty("interest_1h") BigDecimal interest1h,
                             @JsonProperty("interest_8h") BigDecimal interest8h) {
    }

    /**
     * <a href="https://docs.deribit.com/#public-get_volatility_index_data">public/get_volatility_index_data</a>
     * (DVOL): rows {@code [ts, open, high, low, close]}.
     */
    public record VolatilityIndex(List<List<BigDecimal>> data, Long continuation) {
    }

    /** <a href="https://docs.deribit.com/#public-get_index_price">public/get_index_price</a>. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record IndexPrice(BigDecimal indexPrice, BigDecimal estimatedDeliveryPrice) {
    }
}
