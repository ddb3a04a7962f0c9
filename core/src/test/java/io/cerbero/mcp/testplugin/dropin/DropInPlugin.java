package io.cerbero.mcp.testplugin.dropin;

import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.util.List;

/**
 * A plugin that is never on the class path: tests pack it into a jar and drop it into a plugins folder. Its
 * {@code ping} tool reports which class loader defined it.
 */
public final class DropInPlugin implements ExchangePlugin<DropInPlugin.Session> {

    @Override
    public String name() {
        return "dropin";
    }

    @Override
    public String description() {
        return "Test plugin loaded from the plugins folder";
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment("rest", "URL", "https://testnet.dropin.invalid",
                "https://live.dropin.invalid", Upstream.UpstreamLimits.perSecond(100)));
    }

    @Override
    public List<Tool<Session, ?>> tools() {
        return List.of(new PingTool());
    }

    @Override
    public Session openSession(PluginContext context) {
        return new Session(context);
    }

    /** Holds the context. */
    public record Session(PluginContext context) implements PluginSession {
    }

    /** Input of {@code ping}: nothing. */
    public record PingInput() {
    }

    /** Output of {@code ping}. */
    public record PingOutput(boolean pong, String loader, String upstreamStatus) {
    }

    static final class PingTool implements Tool<Session, PingInput> {
        @Override
        public String name() {
            return "ping";
        }

        @Override
        public String description() {
            return "Calls GET /ping upstream and names the plugin's class loader.";
        }

        @Override
        public Effect effect() {
            return Effect.READ;
        }

        @Override
        public Class<PingInput> inputType() {
            return PingInput.class;
        }

        @Override
        public PingInput example() {
            return new PingInput();
        }

        @Override
        public ToolResult handle(Session session, PingInput input, ToolCall call) {
            int status = session.context().upstream().send(UpstreamRequest.get("/ping", "")).status();
            return ToolResult.of(new PingOutput(true, String.valueOf(getClass().getClassLoader().getName()),
                    String.valueOf(status)));
        }
    }
}
