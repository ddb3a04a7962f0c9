package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.config.ResolvedPluginConfig;
import io.cerbero.mcp.core.policy.LeverageCap;
import io.cerbero.mcp.core.spi.RiskLimits;
import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.RiskPolicy;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.upstream.ResilientUpstreamClient;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Opens sessions: resolves the plugin's config and base URLs for the environment, builds its upstream clients,
 * and calls {@link ExchangePlugin#openSession} with the plugin's class loader as context loader.
 *
 * <p>Routing rule: the environment alone picks the URL variable ({@code _TESTNET} or {@code _LIVE}); a testnet
 * URL that points at the live host is refused with NOT_CONFIGURED rather than used.
 */
public final class PluginContextFactory implements SessionOpener {
    private final HostServices host;

    public PluginContextFactory(HostServices host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public PluginSession open(RegisteredPlugin registered, Environment environment) {
        ExchangePlugin<?> plugin = registered.plugin();
        String prefix = plugin.configPrefix();
        ResolvedPluginConfig config = ResolvedPluginConfig.resolve(prefix, registered.sessionConfigKeys(), environment,
                host.config());
        requireDeclared(registered, config);
        Map<String, UpstreamClient> upstreams = new LinkedHashMap<>();
        for (Upstream upstream : plugin.upstreams()) {
            URI base = baseUrl(prefix, upstream, environment);
            String name = plugin.name() + "." + environment.id() + "." + upstream.id();
            upstreams.put(upstream.id(), new ResilientUpstreamClient(name, base, host.transport(), upstream.limits(),
                    host.clock(), host.dryRun()));
        }
        DefaultPluginContext context = new DefaultPluginContext(plugin.name(), environment, config,
                Map.copyOf(upstreams), host.clock(), host.json(), host.audit(), riskPolicy(plugin, config),
                new Slf4jSystemLogger("mcp.plugin." + plugin.name()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(registered.classLoader());
        try {
            return plugin.openSession(context);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Keys the plugin declared {@link ConfigKey#required() required}: one missing is NOT_CONFIGURED naming the
     * variable, before the plugin sees a context (so a plugin cannot forget the check).
     */
    private static void requireDeclared(RegisteredPlugin registered, ResolvedPluginConfig config) {
        for (ConfigKey key : registered.sessionConfigKeys()) {
            if (key.required()) {
                if (key.secret()) {
                    config.requireSecret(key.name());
                } else {
                    config.require(key.name());
                }
            }
        }
    }

    /** The base URL for this environment; never the other environment's variable. */
    URI baseUrl(String prefix, Upstream upstream, Environment environment) {
        String variable = prefix + upstream.urlKeyFor(environment);
        URI uri = parseUrl(variable, host.config().get(variable).orElse(upstream.defaultUrlFor(environment)));
        if (upstream.isPerEnvironment() && environment == Environment.TESTNET) {
            String liveVariable = prefix + upstream.urlKeyFor(Environment.MAINNET);
            URI live = parseUrl(liveVariable, host.config().get(liveVariable).orElse(upstream.liveDefault()));
            if (sameAuthority(uri, live)) {
                throw ToolException.notConfigured(variable + " points at the live host of " + upstream.id())
                        .withFix("set " + variable + " to the venue's testnet URL");
            }
        }
        return uri;
    }

    private static URI parseUrl(String variable, String value) {
        try {
            URI uri = URI.create(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ToolException.notConfigured(variable + " is not a valid http(s) URL");
        }
    }

    private static boolean sameAuthority(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    }

    private static RiskPolicy riskPolicy(ExchangePlugin<?> plugin, ResolvedPluginConfig config) {
        if (plugin.riskLimits().isEmpty()) {
            return LeverageCap.NONE;
        }
        BigDecimal cap = config.decimal(RiskLimits.MAX_LEVERAGE).orElse(plugin.riskLimits().get().defaultMaxLeverage());
        if (cap.signum() <= 0) {
            throw ToolException.notConfigured(config.variableName(RiskLimits.MAX_LEVERAGE) + " must be positive");
        }
        return new LeverageCap(cap);
    }
}
