package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.model.AccountSummary;
import io.cerbero.mcp.core.model.AssetBalance;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_account_summary}: {@code private/get_account_summary} of one currency account. Deribit keeps a margin
 * account per currency and reports it in that coin, so every total here is in {@code currency} (BTC, ETH, USDC …),
 * not USD.
 */
public final class DeribitGetAccountSummaryTool
        implements AsyncTool<DeribitSession, DeribitGetAccountSummaryTool.Input> {

    public record Input(
            @Schema(description = "currency account: BTC, ETH, USDC, USDT … (default BTC)", example = "BTC")
            String currency) {
        public Input {
            currency = DeribitParams.currency(currency, "currency", "BTC");
        }
    }

    @Override
    public String name() {
        return "get_account_summary";
    }

    @Override
    public String description() {
        return "Equity, available funds, margin and unrealised PnL of one Deribit currency account, in that coin; "
                + "greeks totals and the key's rate limits in venue_specific.";
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
        return new Input("BTC");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.client().accountSummary(input.currency()).thenApply(answer -> ToolResult.of(
                unified(input.currency(), answer.result()), answer.timestamp()));
    }

    static AccountSummary unified(String currency, DeribitAccountData.AccountSummary a) {
        Map<String, Object> extra = new LinkedHashMap<>();
        DeribitParams.put(extra, "margin_balance", a.marginBalance());
        DeribitParams.put(extra, "maintenance_margin", a.maintenanceMargin());
        DeribitParams.put(extra, "available_withdrawal_funds", a.availableWithdrawalFunds());
        DeribitParams.put(extra, "session_rpl", a.sessionRpl());
        DeribitParams.put(extra, "total_pl", a.totalPl());
        DeribitParams.put(extra, "delta_total", a.deltaTotal());
        DeribitParams.put(extra, "options_delta", a.optionsDelta());
        DeribitParams.put(extra, "options_gamma", a.optionsGamma());
        DeribitParams.put(extra, "options_vega", a.optionsVega());
        DeribitParams.put(extra, "options_theta", a.optionsTheta());
        DeribitParams.put(extra, "options_value", a.optionsValue());
        DeribitParams.put(extra, "margin_model", a.marginModel());
        DeribitParams.put(extra, "portfolio_margining_enabled", a.portfolioMarginingEnabled());
        DeribitParams.put(extra, "limits", a.limits() == null || a.limits().isNull() ? null : a.limits());
        String coin = a.currency() == null ? currency : a.currency();
        return new AccountSummary(coin, a.equity(), a.availableFunds(), a.initialMargin(), a.sessionUpl(),
                List.of(new AssetBalance(coin, a.balance(), a.availableFunds(), a.equity(), null)), extra);
    }
}
