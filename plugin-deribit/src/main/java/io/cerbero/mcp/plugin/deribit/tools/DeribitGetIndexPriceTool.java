package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/** {@code get_index_price}: {@code public/get_index_price}, the index the venue marks and settles against. */
public final class DeribitGetIndexPriceTool implements AsyncTool<DeribitSession, DeribitGetIndexPriceTool.Input> {
    private static final Pattern INDEX = Pattern.compile("[a-z0-9]{2,10}_[a-z0-9]{2,10}");

    public record Input(
            @Schema(description = "Deribit index name: btc_usd, eth_usd, btc_usdc, sol_usdc … (default btc_usd)",
                    example = "btc_usd") String indexName) {
        public Input {
            indexName = indexName == null ? "btc_usd" : indexName;
            if (!INDEX.matcher(indexName).matches()) {
                throw ToolException.invalidInput("index_name must look like btc_usd (lower case coin_quote)");
            }
        }
    }

    /**
     * @param estimatedDeliveryPrice what a contract expiring now would settle at
     */
    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String indexName,
                         @Schema(description = "index price, in the index's quote") BigDecimal indexPrice,
                         @Schema(description = "estimated delivery (settlement) price") BigDecimal estimatedDeliveryPrice) {
    }

    @Override
    public String name() {
        return "get_index_price";
    }

    @Override
    public String description() {
        return "Current value of a Deribit index (btc_usd, eth_usd …) and its estimated delivery price.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: Deribit publishes its indices about once a second. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(500)).servingStaleFor(Duration.ofSeconds(5)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("btc_usd");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.client().indexPrice(input.indexName()).thenApply(answer -> ToolResult.of(new Output(
                input.indexName(), answer.result().indexPrice(), answer.result().estimatedDeliveryPrice()),
                answer.timestamp()));
    }
}
