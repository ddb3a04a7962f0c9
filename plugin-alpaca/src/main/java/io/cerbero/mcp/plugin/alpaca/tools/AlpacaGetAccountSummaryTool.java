package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.AccountSummary;
import io.cerbero.mcp.core.model.AssetBalance;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Account;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Position;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_account_summary}: GET /v2/account and GET /v2/positions (for the unrealised PnL), in parallel.
 * {@code available} is Alpaca's {@code buying_power}; {@code margin_used} its {@code initial_margin}. The
 * buying powers, the pattern-day-trader flag and day-trade count, and the blocks are in venue_specific.
 */
public final class AlpacaGetAccountSummaryTool implements AsyncTool<AlpacaSession, AlpacaGetAccountSummaryTool.Input> {

    /** No parameters. */
    public record Input() {
    }

    @Override
    public String name() {
        return "get_account_summary";
    }

    @Override
    public String description() {
        return "Equity, buying power, margin, unrealised PnL and cash of the Alpaca account, with the pattern day "
                + "trader flag, day-trade count and trading blocks.";
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
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        return session.client().accountAsync().thenCombine(session.client().positionsAsync(),
                (account, positions) -> ToolResult.of(summary(account, positions)));
    }

    static AccountSummary summary(Account a, List<Position> positions) {
        String currency = a.currency() == null ? "USD" : a.currency();
        BigDecimal unrealized = positions.stream().map(Position::unrealizedPl).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AccountSummary(currency, a.equity(), a.buyingPower(), a.initialMargin(), unrealized,
                List.of(new AssetBalance(currency, a.cash(), null, null, a.cash())), venueSpecific(a));
    }

    /** What bots need to respect the account's own limits before ordering. */
    public static Map<String, Object> venueSpecific(Account a) {
        Map<String, Object> extra = new LinkedHashMap<>();
        put(extra, "status", a.status());
        put(extra, "buying_power", a.buyingPower());
        put(extra, "regt_buying_power", a.regtBuyingPower());
        put(extra, "daytrading_buying_power", a.daytradingBuyingPower());
        put(extra, "non_marginable_buying_power", a.nonMarginableBuyingPower());
        put(extra, "options_buying_power", a.optionsBuyingPower());
        put(extra, "pattern_day_trader", a.patternDayTrader());
        put(extra, "daytrade_count", a.daytradeCount());
        put(extra, "trading_blocked", a.tradingBlocked());
        put(extra, "account_blocked", a.accountBlocked());
        put(extra, "shorting_enabled", a.shortingEnabled());
        put(extra, "multiplier", a.multiplier());
        put(extra, "maintenance_margin", a.maintenanceMargin());
        put(extra, "long_market_value", a.longMarketValue());
        put(extra, "short_market_value", a.shortMarketValue());
        put(extra, "last_equity", a.lastEquity());
        put(extra, "options_trading_level", a.optionsTradingLevel());
        return extra;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
