package io.cerbero.mcp.core.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.spi.AuditSink;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.RiskPolicy;
import io.cerbero.mcp.core.spi.UpstreamClient;

import java.time.Clock;
import java.util.Map;

/** The host's {@link PluginContext}: plain values bound to one (plugin, environment). */
record DefaultPluginContext(String pluginName, Environment environment, PluginConfig config,
                            Map<String, UpstreamClient> upstreams, Clock clock, ObjectMapper json, AuditSink audit,
                            RiskPolicy risk, System.Logger logger) implements PluginContext {

    @Override
    public UpstreamClient upstream(String id) {
        UpstreamClient client = upstreams.get(id);
        if (client == null) {
            throw new IllegalArgumentException("plugin " + pluginName + " declares no upstream '" + id + "'");
        }
        return client;
    }

    @Override
    public UpstreamClient upstream() {
        if (upstreams.size() != 1) {
            throw new IllegalStateException("plugin " + pluginName + " declares " + upstreams.size()
                    + " upstreams; name one");
        }
        return upstreams.values().iterator().next();
    }

    @Override
    public String toString() {
        return "PluginContext[" + pluginName + "/" + environment.id() + ", " + config + "]";
    }
}
