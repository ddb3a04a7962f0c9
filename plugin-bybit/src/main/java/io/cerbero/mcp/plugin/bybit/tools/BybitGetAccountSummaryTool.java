package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.AccountSummary;
import io.cerbero.mcp.core.model.AssetBalance;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Wallet;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.cerbero.mcp.plugin.bybit.unified.VenueFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** {@code get_account_summary}: GET /v5/account/wallet-balance (signed). */
public final class BybitGetAccountSummaryTool implements Tool<BybitSession, BybitGetAccountSummaryTool.Input> {
    /** Bybit states account totals in USD. */
    static final String CURRENCY = "USD";

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
    public Class<?> outputType() {
        return AccountSummary.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Input example() {
        return new Input("UNIFIED", "USDT");
    }

    /**
     * The account in USD (Bybit's unified totals). Blank totals (classic CONTRACT / SPOT accounts leave them "") and
     * a blank {@code availableToWithdraw} become null. Margin used is {@code totalInitialMargin}; unrealised PnL is
     * {@code totalPerpUPL}. Wallet and margin balances, maintenance margin and the account rates go in
     * {@code venue_specific}.
     */
    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<Wallet>> answer = session.client().walletBalance(input.accountType(), input.coin());
        List<Wallet> wallets = answer.requireResult().list();
        if (wallets.isEmpty()) {
            return ToolResult.of(new AccountSummary(CURRENCY, null, null, null, null, List.of(),
                    VenueFields.of().put("account_type", input.accountType()).build()), answer.timestamp());
        }
        Wallet w = wallets.get(0);
        List<AssetBalance> balances = w.coin().stream()
                .map(c -> new AssetBalance(c.coin(), c.walletBalance(), c.availableToWithdraw(), c.equity(),
                        c.usdValue()))
                .toList();
        return ToolResult.of(new AccountSummary(CURRENCY, w.totalEquity(), w.totalAvailableBalance(),
                w.totalInitialMargin(), w.totalPerpUPL(), balances,
                VenueFields.of().put("account_type", w.accountType())
                        .put("total_wallet_balance", w.totalWalletBalance())
                        .put("total_margin_balance", w.totalMarginBalance())
                        .put("total_maintenance_margin", w.totalMaintenanceMargin())
                        .put("account_im_rate", w.accountIMRate()).put("account_mm_rate", w.accountMMRate())
                        .put("account_ltv", w.accountLTV())
                        .build()), answer.timestamp());
    }
}
