package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.AccountSummary;
import io.cerbero.mcp.core.model.AssetBalance;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.AssetPosition;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.ClearinghouseState;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.MarginSummary;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_account_summary}: the perp account of {@code HYPERLIQUID_WALLET_ADDRESS} from
 * {@code clearinghouseState}: account value (equity, USDC), withdrawable, margin used, unrealised PnL.
 */
public final class HyperliquidGetAccountSummaryTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetAccountSummaryTool.Input> {

    @Schema(description = "no parameters: the account is HYPERLIQUID_WALLET_ADDRESS")
    public record Input() {
    }

    @Override
    public String name() {
        return "get_account_summary";
    }

    @Override
    public String description() {
        return "Equity, withdrawable balance, margin used and unrealised PnL of the Hyperliquid perp account, in "
                + "USDC.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return AccountSummary.class;
    }

    @Override
    public Input example() {
        return new Input();
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        return session.client().clearinghouseStateAsync(session.wallet())
                .thenApply(state -> ToolResult.of(summary(state), HyperliquidParams.millis(state.time())));
    }

    static AccountSummary summary(ClearinghouseState state) {
        MarginSummary margin = state.marginSummary();
        BigDecimal equity = margin == null ? null : margin.accountValue();
        BigDecimal pnl = state.assetPositions().stream().map(AssetPosition::position)
                .filter(p -> p != null && p.unrealizedPnl() != null).map(p -> p.unrealizedPnl())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> extra = new LinkedHashMap<>();
        if (margin != null) {
            extra.put("total_notional_position", margin.totalNtlPos());
            extra.put("total_raw_usd", margin.totalRawUsd());
        }
        if (state.crossMarginSummary() != null) {
            extra.put("cross_account_value", state.crossMarginSummary().accountValue());
            extra.put("cross_margin_used", state.crossMarginSummary().totalMarginUsed());
        }
        extra.values().removeIf(java.util.Objects::isNull);
        return new AccountSummary("USDC", equity, state.withdrawable(),
                margin == null ? null : margin.totalMarginUsed(), pnl.stripTrailingZeros(),
                List.of(new AssetBalance("USDC", null, state.withdrawable(), equity, equity)), extra);
    }
}
