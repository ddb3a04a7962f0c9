package io.cerbero.mcp.plugin.bybit.client;

import java.math.BigDecimal;
import java.util.List;

/** Venue DTOs of the public market endpoints, field names as Bybit sends them. All decimals are strings on the wire. */
public final class BybitMarketData {
    private BybitMarketData() {
    }

    /** {@code GET /v5/market/time} result. */
    public record ServerTime(String timeSecond, String timeNano) {
    }

    /** One row of {@code GET /v5/market/tickers}; option-only and derivative-only fields are null elsewhere. */
    public record Ticker(String symbol, BigDecimal lastPrice, BigDecimal indexPrice, BigDecimal markPrice,
                         BigDecimal bid1Price, BigDecimal bid1Size, BigDecimal ask1Price, BigDecimal ask1Size,
                         BigDecimal price24hPcnt, BigDecimal highPrice24h, BigDecimal lowPrice24h,
                         BigDecimal volume24h, BigDecimal turnover24h, BigDecimal openInterest,
                         BigDecimal openInterestValue, BigDecimal fundingRate, Long nextFundingTime,
                         BigDecimal fundingIntervalHour, BigDecimal bid1Iv, BigDecimal ask1Iv, BigDecimal markIv,
                         BigDecimal underlyingPrice, BigDecimal delta, BigDecimal gamma, BigDecimal vega,
                         BigDecimal theta, Long deliveryTime) {

        /** Mid of the best bid and ask when both are quoted, else the last price. */
        public BigDecimal midOrLast() {
            if (bid1Price != null && ask1Price != null && bid1Price.signum() > 0 && ask1Price.signum() > 0) {
                return bid1Price.add(ask1Price).divide(BigDecimal.valueOf(2));
            }
            return lastPrice;
        }
    }

    /** {@code GET /v5/market/orderbook} result: bids descending, asks ascending, each level {@code [price, size]}. */
    public record Orderbook(String s, List<List<BigDecimal>> b, List<List<BigDecimal>> a, Long ts, Long u, Long seq,
                            Long cts) {
        public Orderbook {
            b = b == null ? List.of() : b;
            a = a == null ? List.of() : a;
        }
    }

    /** {@code GET /v5/market/kline} result: rows {@code [startTime, open, high, low, close, volume, turnover]}, newest first. */
    public record KlineResult(String symbol, String category, List<List<String>> list) {
        public KlineResult {
            list = list == null ? List.of() : list;
        }

        /** The rows parsed, still newest first; a malformed row is UPSTREAM_ERROR. */
        public List<Kline> candles() {
            try {
                return list.stream().map(Kline::of).toList();
            } catch (RuntimeException e) {
                throw io.cerbero.mcp.core.spi.ToolException.upstreamError("Bybit sent a malformed kline row");
            }
        }
    }

    /** One candle, parsed from a kline row. */
    public record Kline(long startTime, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                        BigDecimal volume, BigDecimal turnover) {
        static Kline of(List<String> row) {
            if (row == null || row.size() < 7) {
                throw new IllegalArgumentException("kline row needs 7 fields");
            }
            return new Kline(Long.parseLong(row.get(0)), new BigDecimal(row.get(1)), new BigDecimal(row.get(2)),
                    new BigDecimal(row.get(3)), new BigDecimal(row.get(4)), new BigDecimal(row.get(5)),
                    new BigDecimal(row.get(6)));
        }
    }

    /** One row of {@code GET /v5/market/funding/history} (rate per funding interval), newest first. */
    public record FundingRate(String symbol, BigDecimal fundingRate, Long fundingRateTimestamp) {
    }

    /** One row of {@code GET /v5/market/open-interest}: base coin for linear, contracts (USD) for inverse. */
    public record OpenInterest(BigDecimal openInterest, Long timestamp) {
    }

    /** One row of {@code GET /v5/market/instruments-info}. Spot rows have basePrecision instead of qtyStep. */
    public record Instrument(String symbol, String status, String contractType, String baseCoin, String quoteCoin,
                             String settleCoin, Long launchTime, Long deliveryTime, String optionsType,
                             Integer fundingInterval, LeverageFilter leverageFilter, PriceFilter priceFilter,
                             LotSizeFilter lotSizeFilter) {

        /** The quantity increment: {@code qtyStep}, or {@code basePrecision} for spot. */
        public BigDecimal qtyStep() {
            if (lotSizeFilter == null) {
                return null;
            }
            return lotSizeFilter.qtyStep() != null ? lotSizeFilter.qtyStep() : lotSizeFilter.basePrecision();
        }

        public BigDecimal tickSize() {
            return priceFilter == null ? null : priceFilter.tickSize();
        }

        /** The smallest order value: {@code minNotionalValue} (derivatives) or {@code minOrderAmt} (spot). */
        public BigDecimal minNotional() {
            if (lotSizeFilter == null) {
                return null;
            }
            return lotSizeFilter.minNotionalValue() != null ? lotSizeFilter.minNotionalValue()
                    : lotSizeFilter.minOrderAmt();
        }

        public boolean isTrading() {
            return "Trading".equals(status);
        }
    }

    public record LeverageFilter(BigDecimal minLeverage, BigDecimal maxLeverage, BigDecimal leverageStep) {
    }

    public record PriceFilter(BigDecimal minPrice, BigDecimal maxPrice, BigDecimal tickSize) {
    }

    public record LotSizeFilter(BigDecimal minOrderQty, BigDecimal maxOrderQty, BigDecimal qtyStep,
                                BigDecimal maxMktOrderQty, BigDecimal minNotionalValue, BigDecimal basePrecision,
                                BigDecimal minOrderAmt) {
    }
}
