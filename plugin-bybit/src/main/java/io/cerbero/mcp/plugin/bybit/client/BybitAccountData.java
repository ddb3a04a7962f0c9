package io.cerbero.mcp.plugin.bybit.client;

import java.math.BigDecimal;
import java.util.List;

/** Venue DTOs of the private account, position and order endpoints, field names as Bybit sends them. */
public final class BybitAccountData {
    private BybitAccountData() {
    }

    /** One account of {@code GET /v5/account/wallet-balance}; totals are in USD. */
    public record Wallet(String accountType, BigDecimal totalEquity, BigDecimal totalWalletBalance,
                         BigDecimal totalAvailableBalance, BigDecimal totalMarginBalance,
                         BigDecimal totalInitialMargin, BigDecimal totalMaintenanceMargin, BigDecimal totalPerpUPL,
                         BigDecimal accountIMRate, BigDecimal accountMMRate, BigDecimal accountLTV,
                         List<WalletCoin> coin) {
        public Wallet {
            coin = coin == null ? List.of() : coin;
        }
    }

    /** {@code availableToWithdraw} is "" on newer unified accounts (not set, not zero). */
    public record WalletCoin(String coin, BigDecimal equity, BigDecimal walletBalance, BigDecimal unrealisedPnl,
                             BigDecimal cumRealisedPnl, BigDecimal locked, BigDecimal usdValue,
                             BigDecimal availableToWithdraw) {
    }

    /** One row of {@code GET /v5/position/list}; {@code side} is Buy, Sell or "" (flat). */
    public record Position(String symbol, String side, BigDecimal size, BigDecimal avgPrice,
                           BigDecimal positionValue, BigDecimal leverage, BigDecimal markPrice, BigDecimal liqPrice,
                           BigDecimal unrealisedPnl, BigDecimal cumRealisedPnl, BigDecimal takeProfit,
                           BigDecimal stopLoss, BigDecimal trailingStop, Integer positionIdx, Integer tradeMode,
                           String positionStatus, Long createdTime, Long updatedTime) {

        /** Size with the sign of the side: long positive, short negative, flat zero. */
        public BigDecimal signedSize() {
            BigDecimal s = size == null ? BigDecimal.ZERO : size.abs();
            return "Sell".equals(side) ? s.negate() : ("Buy".equals(side) ? s : BigDecimal.ZERO);
        }
    }

    /**
     * One row of {@code GET /v5/order/realtime}. {@code stopOrderType} is "UNKNOWN" or "" for a plain order,
     * {@code triggerPrice} "0.00" when it has no trigger.
     */
    public record Order(String orderId, String orderLinkId, String symbol, String side, String orderType,
                        BigDecimal price, BigDecimal qty, BigDecimal leavesQty, BigDecimal cumExecQty,
                        BigDecimal avgPrice, String orderStatus, String timeInForce, Boolean reduceOnly,
                        Boolean closeOnTrigger, BigDecimal triggerPrice, String stopOrderType, BigDecimal takeProfit, BigDecimal stopLoss,
                        Integer positionIdx, String rejectReason, Long createdTime, Long updatedTime) {

        /** Whether the order can only shrink a position (reduce-only, or a close-on-trigger stop). */
        public boolean onlyReduces() {
            return Boolean.TRUE.equals(reduceOnly) || Boolean.TRUE.equals(closeOnTrigger);
        }
    }

    /** {@code POST /v5/order/create} and {@code /v5/order/cancel} result, and one row of a batch result. */
    public record OrderAck(String orderId, String orderLinkId, String symbol, Long createAt) {
    }

    /** A batch result: the venue's acks and, index by index, each item's status from {@code retExtInfo.list}. */
    public record BatchResult(List<OrderAck> acks, List<BybitEnvelope.ItemStatus> statuses) {
    }
}
