package com.example.spotprice.tools;

import com.example.spotprice.SpotPricePlugin.Session;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** {@code get_spot_price}: {@code GET /v2/prices/{pair}/spot} → {@code {"data":{"amount","base","currency"}}}. */
public final class GetSpotPriceTool implements Tool<Session, GetSpotPriceTool.Input> {

    /** Goes into the URL path, so nothing but two currency codes and a dash. */
    private static final Pattern PAIR = Pattern.compile("[A-Z0-9]{2,10}-[A-Z0-9]{2,10}");

    /** A currency pair as Coinbase writes it. */
    public record Input(@Schema(description = "currency pair, base-quote", example = "BTC-USD",
            requiredMode = Schema.RequiredMode.REQUIRED) String pair) {
        public Input {
            Inputs.require(pair, "pair");
            if (!PAIR.matcher(pair).matches()) {
                throw ToolException.invalidInput("pair must look like BTC-USD (got \"" + pair + "\")");
            }
        }
    }

    /** The spot price; {@code amount} is a decimal string at the venue and a decimal here. */
    public record Output(String base, String currency, BigDecimal amount) {
    }

    @Override
    public String name() {
        return "get_spot_price";
    }

    @Override
    public String description() {
        return "Spot price of a currency pair (Coinbase).";
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
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("BTC-USD");
    }

    @Override
    public ToolResult handle(Session session, Input input, ToolCall call) {
        UpstreamResponse response = session.context().upstream("rest")
                .send(UpstreamRequest.get("/v2/prices/" + input.pair() + "/spot", ""));
        if (response.status() == 404) {
            throw ToolException.invalidInput("unknown pair: " + input.pair());
        }
        if (!response.isSuccess()) {
            throw ToolException.upstreamRejected("Coinbase refused the price request: HTTP " + response.status());
        }
        try {
            JsonNode data = session.context().json().readTree(response.body()).path("data");
            return ToolResult.of(new Output(data.path("base").asText(), data.path("currency").asText(),
                    new BigDecimal(data.path("amount").asText())));
        } catch (JsonProcessingException | NumberFormatException e) {
            throw ToolException.upstreamError("Coinbase answered without a readable price");
        }
    }
}
