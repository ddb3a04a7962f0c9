package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;

import java.util.concurrent.CompletionStage;

/**
 * An option-chain tool over {@link DeribitChainInput}: it loads the currency's chain ({@link DeribitChain#load}) and
 * answers from it. Each tool still states its own name, description, effect and output.
 */
interface DeribitChainTool extends AsyncTool<DeribitSession, DeribitChainInput> {

    /** The answer of this tool from the loaded chain. */
    ToolResult answer(DeribitChain chain, DeribitChainInput input);

    @Override
    default Class<DeribitChainInput> inputType() {
        return DeribitChainInput.class;
    }

    /** The whole BTC chain; tools that look at one expiry name one. */
    @Override
    default DeribitChainInput example() {
        return new DeribitChainInput("BTC", null);
    }

    @Override
    default CompletionStage<ToolResult> handleAsync(DeribitSession session, DeribitChainInput input, ToolCall call) {
        return DeribitChain.load(session, input.currency()).thenApply(chain -> answer(chain, input));
    }
}
