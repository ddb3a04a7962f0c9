package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_clock}: GET /v2/clock — whether the US market is open, and the next open and close. */
public final class AlpacaGetClockTool implements AsyncTool<AlpacaSession, AlpacaGetClockTool.Input> {

    /** No parameters. */
    public record Input() {
    }

    /**
     * @param timestamp the venue's current time
     * @param isOpen    whether the regular session is open now
     * @param nextOpen  start of the next regular session
     * @param nextClose end of the current or next regular session
     */
    public record Output(
            @Schema(description = "the venue's current time") Instant timestamp,
            @Schema(description = "whether the regular session is open now",
                    requiredMode = Schema.RequiredMode.REQUIRED) boolean isOpen,
            @Schema(description = "start of the next regular session") Instant nextOpen,
            @Schema(description = "end of the current or next regular session") Instant nextClose) {
    }

    @Override
    public String name() {
        return "get_clock";
    }

    @Override
    public String description() {
        return "Whether the US stock market's regular session is open now, and when it next opens and closes.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: session times are known ahead; is_open may lag a session edge by ten seconds at most. */
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
        return new Input();
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        return session.client().clockAsync().thenApply(c -> ToolResult.of(
                new Output(c.timestamp(), Boolean.TRUE.equals(c.isOpen()), c.nextOpen(), c.nextClose()),
                c.timestamp()));
    }
}
