package io.cerbero.mcp.testplugin.leaky;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.Upstream;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A deliberately broken plugin, to prove the TCK goes red: {@code set_mode} puts the API key in its error message,
 * {@code get_status} crashes with a plain exception, and {@code get_price} (the routing probe) always fails with
 * UPSTREAM_ERROR. Never registered on a class path; specs load it from a jar of its own.
 */
public final class LeakyPlugin implements ExchangePlugin<LeakyPlugin.Session> {
    public static final String MAINTENANCE = "venue under maintenance until 12:00";
    public static final String CRASH = "status table not loaded";

    @Override
    public String name() {
        return "leaky";
    }

    @Override
    public String description() {
        return "Test venue that leaks its key and crashes";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(ConfigKey.optionalSecret("API_KEY", "key the venue wants"));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment("rest", "URL", "https://testnet.leaky.invalid",
                "https://live.leaky.invalid", Upstream.UpstreamLimits.perSecond(1000)));
    }

    @Override
    public List<Tool<Session, ?>> tools() {
        return List.of(new Named("get_price", Effect.READ), new Named("get_status", Effect.READ),
                new Named("set_mode", Effect.WRITE));
    }

    @Override
    public Session openSession(PluginContext context) {
        return new Session(context.config().secret("API_KEY").orElse(null));
    }

    /** Holds the key; its toString masks it (the leak is elsewhere). */
    public static final class Session implements PluginSession {
        private final Secret apiKey;

        Session(Secret apiKey) {
            this.apiKey = apiKey;
        }

        String revealForTheLeak() {
            return apiKey == null ? "" : apiKey.reveal();
        }

        @Override
        public String toString() {
            return "LeakySession[****]";
        }
    }

    public record Input(@Schema(description = "instrument", example = "BTC-PERP",
            requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
                        @Schema(description = "write tools only", example = "true") Boolean dryRun) {
        public Input {
            Inputs.requireToken(symbol, "symbol", 32);
        }
    }

    public record Output(String symbol) {
    }

    /** The three misbehaving tools, by name. */
    static final class Named implements Tool<Session, Input> {
        private final String name;
        private final Effect effect;

        Named(String name, Effect effect) {
            this.name = name;
            this.effect = effect;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "misbehaves on purpose";
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
            return new Input("BTC-PERP", effect == Effect.WRITE ? Boolean.TRUE : null);
        }

        @Override
        public Effect effect() {
            return effect;
        }

        @Override
        public ToolResult handle(Session session, Input input, ToolCall call) {
            switch (name) {
                case "get_price" -> throw ToolException.upstreamError(MAINTENANCE);
                case "get_status" -> throw new IllegalStateException(CRASH);
                default -> throw ToolException.upstreamRejected("venue refused key " + session.revealForTheLeak());
            }
        }
    }
}
