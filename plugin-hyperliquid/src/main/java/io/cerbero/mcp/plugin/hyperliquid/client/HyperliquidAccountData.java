package io.cerbero.mcp.plugin.hyperliquid.client;

import java.math.BigDecimal;
import java.util.List;

/** Venue DTOs of the per-user {@code /info} requests, in the venue's field names. */
public final class HyperliquidAccountData {
    private HyperliquidAccountData() {
    }

    /** {@code clearinghouseState}: perp positions and margin of one user. */
    public record ClearinghouseState(List<AssetPosition> assetPositions, MarginSummary marginSummary,
                                     MarginSummary crossMarginSummary, BigDecimal withdrawable, Long time) {
        public ClearinghouseState {
            assetPositions = assetPositions == null ? List.of() : assetPositions;
        }
    }

    public record AssetPosition(Position position, String type) {
    }

    /**
     * One position: {@code szi} is the signed size in coin (short negative), {@code positionValue} its absolute
     * value at the mark in USDC.
     */
    public record Position(String coin, BigDecimal szi, BigDecimal entryPx, Leverage leverage,
                           BigDecimal liquidationPx, BigDecimal marginUsed, BigDecimal positionValue,
                           BigDecimal unrealizedPnl, BigDecimal returnOnEquity, Integer maxLeverage) {
    }

    /** {@code type} cross or isolated; {@code value} the leverage setting. */
    public record Leverage(String type, BigDecimal value, BigDecimal rawUsd) {
    }

    public record MarginSummary(BigDecimal accountValue, BigDecimal totalMarginUsed, BigDecimal totalNtlPos,
                                BigDecimal totalRawUsd) {
    }

    /**
     * {@code frontendOpenOrders} row. {@code side} is {@code "B"} (bid, buy) or {@code "A"} (ask, sell);
     * {@code orderType} reads "Limit", "Stop Market", "Take Profit Limit", …
     */
    public record OpenOrder(String coin, String side, BigDecimal limitPx, BigDecimal sz, long oid, Long timestamp,
                            BigDecimal origSz, String cloid, String orderType, BigDecimal triggerPx,
                            Boolean isTrigger, Boolean reduceOnly, Boolean isPositionTpsl, String tif,
                            String triggerCondition) {
        public boolean buy() {
            return "B".equals(side);
        }

        public boolean isReduceOnly() {
            return Boolean.TRUE.equals(reduceOnly);
        }

        public boolean trigger() {
            return Boolean.TRUE.equals(isTrigger);
        }
    }

    /** {@code orderStatus}: {@code status} is {@code "order"} when found, {@code "unknownOid"} otherwise. */
    public record OrderStatus(String status, OrderWithStatus order) {
        public boolean found() {
            return "order".equals(status) && order != null && order.order() != null;
        }
    }

    /** The order and its status word: open, filled, canceled, triggered, rejected, marginCanceled, … */
    public record OrderWithStatus(OpenOrder order, String status, Long statusTimestamp) {
    }
}
