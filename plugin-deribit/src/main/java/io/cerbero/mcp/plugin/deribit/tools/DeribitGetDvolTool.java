package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_dvol}: Deribit's DVOL volatility index history ({@code public/get_volatility_index_data}). */
public final class DeribitGetDvolTool implements AsyncTool<DeribitSession, DeribitGetDvolTool.Input> {

    public record Input(
            @Schema(description = "BTC or ETH (default BTC)", example = "BTC") String currency,
            @Schema(description = "bar length: 1m, 1h, 12h, 1d (default 1d)", example = "1d") String resolution,
            @Schema(description = "bars back from now, 1-1000 (default 30)", example = "30") Integer limit) {
        public Input {
            currency = DeribitParams.currency(currency, "currency", "BTC");
            resolution = DeribitDvolResolution.parse(resolution == null ? "1d" : resolution).label();
            limit = Inputs.intInRange(limit, "limit", 1, 1000, 30);
        }
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String resolution,
                         @Schema(description = "latest close, in volatility points (annualised %)") BigDecimal latest,
                         @Schema(description = "DVOL bars in volatility points, oldest first",
                                 requiredMode = Schema.RequiredMode.REQUIRED) List<DeribitDvolSeries.Bar> bars) {
    }

    @Override
    public String name() {
        return "get_dvol";
    }

    @Override
    public String description() {
        return "DVOL, Deribit's 30-day implied volatility index of BTC or ETH: bars oldest first, in volatility points.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: DVOL bars; the index itself updates about once a second. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(10)));
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
        return new Input("BTC", "1d", 30);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return DeribitDvolSeries.fetch(session, input.currency(), DeribitDvolResolution.parse(input.resolution()),
                input.limit()).thenApply(bars -> ToolResult.of(new Output(input.currency(), input.resolution(),
                bars.isEmpty() ? null : bars.get(bars.size() - 1).close(), bars)));
    }
}
