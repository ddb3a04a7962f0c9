package com.example.spotprice;

import com.example.spotprice.tools.GetSpotPriceTool;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;

import java.util.List;

/**
 * Public spot prices from Coinbase's v2 API: a keyless, read-only plugin mounted at {@code /mcp-spotprice}. Its
 * one upstream has a single URL for both environments ({@code SPOTPRICE_URL}), so the host owns the base URL, the
 * rate limit and the timeouts; the plugin only shapes requests and answers.
 */
public final class SpotPricePlugin implements ExchangePlugin<SpotPricePlugin.Session> {

    @Override
    public String name() {
        return "spotprice";
    }

    @Override
    public String description() {
        return "Public spot prices (Coinbase v2 API)";
    }

    @Override
    public String configPrefix() {
        return "SPOTPRICE_";
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.shared("rest", "URL", "https://api.coinbase.com",
                Upstream.UpstreamLimits.perSecond(10)));
    }

    @Override
    public List<Tool<Session, ?>> tools() {
        return List.of(new GetSpotPriceTool());
    }

    @Override
    public Session openSession(PluginContext context) {
        return new Session(context);
    }

    /** Nothing secret to hold: the context gives the upstream client and the JSON mapper. */
    public record Session(PluginContext context) implements PluginSession {
    }
}
