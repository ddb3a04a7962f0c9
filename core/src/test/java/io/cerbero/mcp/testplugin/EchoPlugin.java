package io.cerbero.mcp.testplugin;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;

import java.util.List;

/**
 * A tiny venue for host tests: a ticker read, an order write with leverage policy and dry run, and a tool that
 * fails unexpectedly. Lives outside {@code io.cerbero.mcp.core} so a plugin class loader does not share it.
 */
public final class EchoPlugin implements ExchangePlugin<EchoSession> {
    public static final String NAME = "echo";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Test venue that echoes a ticker";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(ConfigKey.optionalSecret("API_KEY", "key sent as X-Api-Key"));
    }

    @Override
    public java.util.Optional<io.cerbero.mcp.core.spi.RiskLimits> riskLimits() {
        return java.util.Optional.of(io.cerbero.mcp.core.spi.RiskLimits.maxLeverage("3"));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment("rest", "URL", "https://testnet.echo.invalid",
                "https://live.echo.invalid", Upstream.UpstreamLimits.perSecond(100_000)));
    }

    @Override
    public List<Tool<EchoSession, ?>> tools() {
        return List.of(new EchoTickerTool(), new EchoSubmitOrderTool(), new EchoExplodeTool());
    }

    @Override
    public EchoSession openSession(PluginContext context) {
        return new EchoSession(context);
    }
}
