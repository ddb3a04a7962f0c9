package io.cerbero.mcp.core.spi;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Clock;

/**
 * What the host hands a plugin when it opens a session for one environment. Everything here is already bound
 * to that environment: the config view, the upstream clients and their base URLs, the risk policy.
 *
 * <p>New members are added as default methods so plugins built against an older SPI keep working.
 * Thread-safe; valid for the life of the session.
 */
public interface PluginContext {

    /** The plugin's name. */
    String pluginName();

    /** The environment this session serves. */
    Environment environment();

    /** Config resolved for {@link #environment()}; secrets masked in {@code toString()}. */
    PluginConfig config();

    /**
     * The client of a declared upstream, bound to this environment's base URL.
     *
     * @throws IllegalArgumentException when {@code id} is not one of {@link ExchangePlugin#upstreams()}
     */
    UpstreamClient upstream(String id);

    /** The plugin's only upstream; fails when it declared several. */
    default UpstreamClient upstream() {
        throw new IllegalStateException("plugin declares several upstreams; name one");
    }

    /** The host's clock: use it for every timestamp and nonce, so tests can pin time. */
    Clock clock();

    /**
     * The host's JSON mapper: snake_case properties, decimals as {@link java.math.BigDecimal}, strict about unknown
     * and malformed input. Shared and thread-safe; do not reconfigure it.
     */
    ObjectMapper json();

    /** The audit sink; the host already audits every WRITE call, plugins may add venue detail. */
    AuditSink audit();

    /** The operator's risk limits for this plugin and environment. */
    RiskPolicy risk();

    /** A logger named after the plugin. Never log a secret. */
    System.Logger logger();
}
