package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.options.Skew;
import io.cerbero.mcp.core.analytics.options.WingVols;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A smile-wing tool over {@link DeribitWingInput}: it computes the wing vols of one expiry (core's
 * {@link Skew#wings}) and answers from them. Each tool still states its own name, description, effect and output.
 */
interface DeribitWingTool extends AsyncTool<DeribitSession, DeribitWingInput> {

    /** The wing vols of one expiry, at the input's width. */
    record Wings(String currency, String expiry, double forward, WingVols vols) {
    }

    /** The answer of this tool from the expiry's wing vols. */
    ToolResult answer(Wings wings, DeribitWingInput input);

    @Override
    default Class<DeribitWingInput> inputType() {
        return DeribitWingInput.class;
    }

    @Override
    default DeribitWingInput example() {
        return new DeribitWingInput("BTC", "31JAN25", new BigDecimal("0.05"));
    }

    @Override
    default CompletionStage<ToolResult> handleAsync(DeribitSession session, DeribitWingInput input, ToolCall call) {
        return DeribitChain.load(session, input.currency()).thenApply(chain -> {
            List<DeribitChain.Option> expiry = chain.expiry(input.expiry());
            WingVols vols = DeribitChain.analyse("wings at ±" + input.width().toPlainString(), () -> Skew.wings(
                    DeribitChain.quotes(expiry), DeribitChain.forwardOf(expiry), input.width().doubleValue()));
            return answer(new Wings(chain.currency(), expiry.get(0).expiryCode(), expiry.get(0).forward(), vols),
                    input);
        });
    }
}
