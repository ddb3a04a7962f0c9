package io.cerbero.mcp.app.upstream

import io.cerbero.mcp.core.spi.ConfigKey
import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.spi.PluginContext
import io.cerbero.mcp.core.spi.RiskLimits
import io.cerbero.mcp.core.spi.Tool
import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.testplugin.EchoPlugin
import io.cerbero.mcp.testplugin.EchoSession

/**
 * The echo test plugin with a short venue budget: one request at a time, five a second (no burst). Same name, tools
 * and URL variables as echo, so the gateway fixture's venue stubs serve it.
 */
class ThrottledEcho implements ExchangePlugin<EchoSession> {
    static final Upstream.Budget BUDGET = new Upstream.Budget(1, 5, java.time.Duration.ofSeconds(1))

    private final EchoPlugin echo = new EchoPlugin()

    @Override String name() { echo.name() }

    @Override String description() { echo.description() }

    @Override List<ConfigKey> configKeys() { echo.configKeys() }

    @Override Optional<RiskLimits> riskLimits() { echo.riskLimits() }

    @Override
    List<Upstream> upstreams() {
        echo.upstreams().collect { new Upstream(it.id(), it.urlKey(), it.testnetDefault(), it.liveDefault(),
                Upstream.UpstreamLimits.of(BUDGET)) }
    }

    @Override List<Tool<EchoSession, ?>> tools() { echo.tools() }

    @Override EchoSession openSession(PluginContext context) { echo.openSession(context) }
}
