package io.cerbero.mcp.plugin.deribit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/** Deribit's private answers as the venue sends them. Only the fields the tools use. */
public final class DeribitAccountData {
    private DeribitAccountData() {
    }

    /** <a href="https://docs.deribit.com/#private-get_account_summary">private/get_account_summary</a>, in the coin. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AccountSummary(String currency, BigDecimal equity, BigDecimal balance, BigDecimal marginBalance,
                                 BigDecimal availableFunds, BigDecimal availableWithdrawalFunds,
                                 BigDecimal initialMargin, BigDecimal maintenanceMargin, BigDecimal sessionUpl,
                                 BigDecimal sessionRpl, BigDecimal totalPl, BigDecimal deltaTotal,
                                 BigDecimal optionsDelta, BigDecimal optionsGamma, BigDecimal optionsVega,
                                 BigDecimal optionsTheta, BigDecimal optionsValue, String marginModel,
                                 Boolean portfolioMarginingEnabled, JsonNode limits) {
    }

    /**
     * <a href="https://docs.deribit.com/#private-get_positions">private/get_positions</a>: {@code size} in USD for
     * inverse futures, in the coin for options and linear instruments; {@code delta} in the coin.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Position(String instrumentName, String kind, String direction, BigDecimal size,
                           BigDecimal sizeCurrency, BigDecimal averagePrice, BigDecimal markPrice,
                           BigDecimal indexPrice, BigDecimal floatingProfitLoss, BigDecimal totalProfitLoss,
                           BigDecimal realizedProfitLoss, BigDecimal delta, BigDecimal gamma, BigDecimal vega,
                           BigDecimal theta, BigDecimal leverage, BigDecimal initialMargin,
                           BigDecimal maintenanceMargin, BigDecimal estimatedLiquidationPrice) {
    }

    /**
     * An order. {@code price} is a number, or the string {@code "market_price"} for market and stop-market orders
     * (trap), hence a {@link JsonNode}; {@code amount} follows the instrument's unit rule.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Order(String orderId, String orderState, String orderType, String direction, String instrumentName,
                        JsonNode price, BigDecimal amount, BigDecimal filledAmount, BigDecimal averagePrice,
                        String label, Boolean postOnly, Boolean reduceOnly, String timeInForce,
                        Long creationTimestamp, Long lastUpdateTimestamp, BigDecimal triggerPrice, String trigger,
                        Boolean api, Boolean replaced, String advanced) {
    }

    /** {@code private/buy}, {@code private/sell}, {@code private/edit}: the order and its immediate fills. */
    public record OrderResult(Order order, List<Trade> trades) {
    }

    /** One fill. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Trade(String tradeId, BigDecimal price, BigDecimal amount, BigDecimal fee, String feeCurrency,
                        String liquidity) {
    }

    /** <a href="https://docs.deribit.com/#private-create_combo">private/create_combo</a>. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Combo(String id, Long instrumentId, String state, List<ComboLeg> legs, Long creationTimestamp) {
    }

    /** A combo leg: {@code amount} is the signed ratio (+1 bought, −1 sold per combo unit). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ComboLeg(String instrumentName, BigDecimal amount) {
    }
}
