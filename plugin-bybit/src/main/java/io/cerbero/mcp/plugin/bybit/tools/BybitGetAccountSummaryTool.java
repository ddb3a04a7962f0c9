package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Wallet;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.WalletCoin;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** {@code get_account_summary}: GET /v5/account/wallet-balance (signed). */
public final class BybitGetAccountSummaryTool implements Tool<BybitSession, BybitGetAccountSummaryTool.Input> {

    public record Input(
            @Schema(description = "account type (default UNIFIED)", example = "UNIFIED",
                    allowableValues = {"UNIFIED", "CONTRACT", "SPOT"}) String accountType,
            @Schema(description = "only these coins, comma separated", example = "USDT") String coin) {
        public Input {
            accountType = accountType == null ? "UNIFIED" : accountType.toUpperCase(Locale.ROOT);
            if (!List.of("UNIFIED", "CONTRACT", "SPOT").contains(accountType)) {
                throw io.cerbero.mcp.core.spi.ToolException.invalidInput("account_type must be UNIFIED, CONTRACT or SPOT");
            }
            Inputs.optionalToken(coin, "coin", 64);
        }
    }

    public record Coin(String coin, BigDecimal equity, BigDecimal walletBalance, BigDecimal unrealisedPnl,
                       BigDecimal cumRealisedPnl, BigDecimal locked, BigDecimal usdValue) {
        static Coin of(WalletCoin c) {
            return new Coin(c.coin(), c.equity(), c.walletBalance(), c.unrealisedPnl(), c.cumRealisedPnl(), c.locked(),
                    c.usdValue());
        }
    }

    /** Account totals in USD, and each coin in its own units. */
    public record Output(String accountType, BigDecimal totalEquity, BigDecimal totalWalletBalance,
                         BigDecimal totalAvailableBalance, BigDecimal totalMarginBalance,
                         BigDecimal totalInitialMargin, BigDecimal totalMaintenanceMargin, BigDecimal totalPerpUpl,
                         List<Coin> coins) {
    }

    @Override
    public String name() {
        return "get_account_summary";
    }

    @Override
    public String description() {
        return "Bybit wallet balance: account equity, margin and available balance in USD, and per-coin balances.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input("UNIFIED", "USDT");
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<Wallet>> answer = session.client().walletBalance(input.accountType(), input.coin());
        List<Wallet> wallets = answer.requireResult().list();
        if (wallets.isEmpty()) {
            return ToolResult.of(new Output(input.accountType(), null, null, null, null, null, null, null, List.of()),
                    answer.timestamp());
        }
        Wallet w = wallets.get(0);
        return ToolResult.of(new Output(w.accountType(), w.totalEquity(), w.totalWalletBalance(),
                w.totalAvailableBalance(), w.totalMarginBalance(), w.totalInitialMargin(), w.totalMaintenanceMargin(),
                w.totalPerpUPL(), w.coin().stream().map(Coin::of).toList()), answer.timestamp());
    }
}
