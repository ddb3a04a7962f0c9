package io.cerbero.mcp.testplugin;

import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.model.Ticker;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** {@code get_ticker}: GET /ticker?symbol=… on the echo venue, without blocking (the overhead benchmark's tool). */
final class EchoTickerTool implements AsyncTool<EchoSession, EchoTickerTool.Input> {

    record Input(@Schema(description = "instrument", example = "BTC-PERP", requiredMode = Schema.RequiredMode.REQUIRED)
                 String symbol,
                 @Schema(description = "depth, 1-100", example = "5") Integer depth) {
        Input {
            Inputs.requireToken(symbol, "symbol", 32);
            Inputs.intInRange(depth, "depth", 1, 100, 5);
        }
    }


    @Override
    public String name() {
        return "get_ticker";
    }

    @Override
    public String description() {
        return "Last price of a symbol on the echo venue.";
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
        return Ticker.class;
    }

    @Override
    public Input example() {
        return new Input("BTC-PERP", 5);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(EchoSession session, Input input, ToolCall call) {
        String query = "symbol=" + URLEncoder.encode(input.symbol(), StandardCharsets.UTF_8);
        return session.sendAsync(UpstreamRequest.get("/ticker", query)).thenApply(response -> {
            JsonNode body;
            try {
                body = session.context().json().readTree(response.body());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ToolException.upstreamError("echo venue answered with invalid JSON");
            }
            Instant time = Instant.ofEpochMilli(body.path("ts").asLong(0));
            return ToolResult.of(new Ticker(input.symbol(), "USD", SizeUnit.base,
                    new BigDecimal(body.path("price").asText()), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, time, Map.of("venue", body.path("venue").asText())), time);
        });
    }
}
