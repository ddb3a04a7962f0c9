package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.plugin.deribit.DeribitSession;

import java.util.List;

/** The plugin's tools in display order: market, volatility and options, account and trading. */
public final class DeribitToolList {
    private DeribitToolList() {
    }

    public static List<Tool<DeribitSession, ?>> all() {
        return List.of(
                new DeribitGetTickerTool(),
                new DeribitGetOrderbookTool(),
                new DeribitGetOhlcvTool(),
                new DeribitGetInstrumentsTool(),
                new DeribitGetIndexPriceTool(),
                new DeribitGetFundingRateTool(),
                new DeribitGetOrderbookImbalanceTool(),
                new DeribitGetTechnicalIndicatorsTool(),
                new DeribitGetDvolTool(),
                new DeribitGetRealizedVolTool(),
                new DeribitGetIvRankTool(),
                new DeribitGetTermStructureTool(),
                new DeribitGetSkew25dTool(),
                new DeribitGetPutCallRatioTool(),
                new DeribitGetGexTool(),
                new DeribitGetDealerGammaProfileTool(),
                new DeribitGetVannaCharmTool(),
                new DeribitGetOiWeightedSkewTool(),
                new DeribitGetSmileAsymmetryTool(),
                new DeribitGetAtmVsWingsVolTool(),
                new DeribitFindByDeltaTool(),
                new DeribitCalculateSpreadPayoffTool(),
                new DeribitGetAccountSummaryTool(),
                new DeribitGetPositionsTool(),
                new DeribitGetOpenOrdersTool(),
                new DeribitPlaceOrderTool(),
                new DeribitCancelOrderTool(),
                new DeribitEditOrderTool(),
                new DeribitPlaceComboOrderTool());
    }
}
