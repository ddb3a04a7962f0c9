package io.cerbero.mcp.testplugin.keyless;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A read-only plugin that needs no credentials at all (public market data): the TCK must accept it. Loaded from a
 * jar of its own in specs ({@code IsolatedPlugins}), so it is not registered on the host's class path.
 */
public final class KeylessPlugin implements ExchangePlugin<KeylessPlugin.Session> {

    @Override
    public String name() {
        return "keyless";
    }

    @Override
    public String description() {
        return "Test venue with public prices only";
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment("rest", "URL", "https://testnet.keyless.invalid",
                "https://live.keyless.invalid", Upstream.UpstreamLimits.perSecond(1000)));
    }

    @Override
    public List<Tool<Session, ?>> tools() {
        return List.of(new PriceTool());
    }

    @Override
    public Session openSession(PluginContext context) {
        return new Session(context);
    }

    /** Only the context: there is nothing secret to hold. */
    public record Session(PluginContext context) implements PluginSession {
    }

    /** {@code get_price}: GET /price?symbol=… */
    static final class PriceTool implements Tool<Session, PriceTool.Input> {
        record Input(@Schema(description = "instrument", example = "BTC-PERP",
                requiredMode = Schema.RequiredMode.REQUIRED) String symbol) {
            Input {
                Inputs.requireToken(symbol, "symbol", 32);
            }
        }

        record Output(String symbol, BigDecimal price) {
        }

        @Override
        public String name() {
            return "get_price";
        }

        @Override
        public String description() {
            return "Last price of a symbol.";
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
            return new Input("BTC-PERP");
        }

        @Override
        public ToolResult handle(Session session, Input input, ToolCall call) {
            UpstreamResponse response = session.context().upstream("rest").send(UpstreamRequest.get("/price",
                    "symbol=" + URLEncoder.encode(input.symbol(), StandardCharsets.UTF_8)));
            if (!response.isSuccess()) {
                throw ToolException.upstreamRejected("keyless venue refused: HTTP " + response.status());
            }
            try {
                String price = session.context().json().readTree(response.body()).path("price").asText();
                return ToolResult.of(new Output(input.symbol(), new BigDecimal(price)));
            } catch (JsonProcessingException | NumberFormatException e) {
                throw ToolException.upstreamError("keyless venue answered without a price");
            }
        }
    }
}
