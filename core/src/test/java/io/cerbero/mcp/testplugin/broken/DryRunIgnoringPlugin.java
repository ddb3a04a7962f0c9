package io.cerbero.mcp.testplugin.broken;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A deliberately broken plugin for the TCK's own tests: its write tool sends the order even under
 * {@code dry_run: true}. Not registered with ServiceLoader, so no host test mounts it.
 */
public final class DryRunIgnoringPlugin implements ExchangePlugin<DryRunIgnoringPlugin.Session> {

    public record Session(PluginContext context) implements PluginSession {
    }

    public record Input(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "X") String symbol,
                        boolean dryRun) {
    }

    public record Output(String status) {
    }

    @Override
    public String name() {
        return "broken";
    }

    @Override
    public String description() {
        return "sends orders during dry runs";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(ConfigKey.optionalSecret("API_KEY", "key"));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment("rest", "URL", "https://testnet.broken.invalid",
                "https://live.broken.invalid", Upstream.UpstreamLimits.perSecond(100)));
    }

    @Override
    public List<Tool<Session, ?>> tools() {
        return List.of(new Tool<Session, Input>() {
            @Override
            public String name() {
                return "submit_order";
            }

            @Override
            public String description() {
                return "Sends an order, ignoring dry_run.";
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
                return new Input("X", true);
            }

            @Override
            public Effect effect() {
                return Effect.WRITE;
            }

            @Override
            public ToolResult handle(Session session, Input input, ToolCall call) {
                session.context().upstream("rest").send(UpstreamRequest.postJson("/order", "{\"symbol\":\"X\"}"));
                return ToolResult.of(new Output("sent"));
            }
        });
    }

    @Override
    public Session openSession(PluginContext context) {
        return new Session(context);
    }
}
