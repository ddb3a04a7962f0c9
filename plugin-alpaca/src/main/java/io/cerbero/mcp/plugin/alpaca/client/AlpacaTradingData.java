package io.cerbero.mcp.plugin.alpaca.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * DTOs of the trading API ({@code https://docs.alpaca.markets/reference}), read with the snake_case venue mapper.
 * Money fields are decimal strings at the venue and {@link BigDecimal} here; any field may be absent (null).
 */
public final class AlpacaTradingData {
    private AlpacaTradingData() {
    }

    /** {@code GET /v2/account}. */
    public record Account(String id, String accountNumber, String status, String currency, BigDecimal cash,
                          BigDecimal equity, BigDecimal lastEquity, BigDecimal buyingPower,
                          BigDecimal daytradingBuyingPower, BigDecimal regtBuyingPower,
                          BigDecimal nonMarginableBuyingPower, BigDecimal optionsBuyingPower,
                          BigDecimal portfolioValue, BigDecimal longMarketValue, BigDecimal shortMarketValue,
                          BigDecimal initialMargin, BigDecimal maintenanceMargin, BigDecimal multiplier,
                          Boolean patternDayTrader, Integer daytradeCount, Boolean tradingBlocked,
                          Boolean accountBlocked, Boolean shortingEnabled, Integer optionsTradingLevel) {
    }

    /** One row of {@code GET /v2/positions}; qty and market_value are negative for a short. */
    public record Position(String assetId, String symbol, String exchange, String assetClass, BigDecimal qty,
                           BigDecimal qtyAvailable, String side, BigDecimal avgEntryPrice, BigDecimal marketValue,
                           BigDecimal costBasis, BigDecimal unrealizedPl, BigDecimal unrealizedPlpc,
                           BigDecimal unrealizedIntradayPl, BigDecimal currentPrice, BigDecimal lastdayPrice,
                           BigDecimal changeToday) {
        public boolean isShort() {
            return "short".equalsIgnoreCase(side) || (qty != null && qty.signum() < 0);
        }
    }

    /**
     * An order: {@code POST /v2/orders}, {@code GET /v2/orders}, {@code PATCH /v2/orders/{id}}, … The trailing stop's
     * high-water mark {@code hwm} is only shown, so it stays text: a malformed one must not make the whole order list
     * unreadable.
     */
    public record Order(String id, String clientOrderId, Instant createdAt, Instant updatedAt, Instant submittedAt,
                        Instant filledAt, String replacedBy, String replaces, String symbol, String assetClass,
                        BigDecimal notional, BigDecimal qty, BigDecimal filledQty, BigDecimal filledAvgPrice,
                        String orderClass, String type, String side, String timeInForce, BigDecimal limitPrice,
                        BigDecimal stopPrice, String status, Boolean extendedHours, BigDecimal trailPercent,
                        BigDecimal trailPrice, String hwm, String positionIntent, List<Order> legs) {
    }

    /** {@code GET /v2/assets/{symbol}}. */
    public record Asset(String id, @com.fasterxml.jackson.annotation.JsonProperty("class") String assetClass,
                        String exchange, String symbol, String name, String status, Boolean tradable,
                        Boolean marginable, Boolean shortable, Boolean fractionable, BigDecimal minOrderSize,
                        BigDecimal minTradeIncrement, BigDecimal priceIncrement) {
    }

    /** {@code GET /v2/options/contracts/{symbol}}. */
    public record OptionContract(String id, String symbol, String name, String status, Boolean tradable,
                                 LocalDate expirationDate, String rootSymbol, String underlyingSymbol, String type,
                                 String style, BigDecimal strikePrice, BigDecimal size, BigDecimal openInterest,
                                 BigDecimal closePrice) {
    }

    /** {@code GET /v2/clock}. */
    public record Clock(Instant timestamp, Boolean isOpen, Instant nextOpen, Instant nextClose) {
    }
}
