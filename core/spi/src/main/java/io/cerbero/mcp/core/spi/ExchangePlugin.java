package io.cerbero.mcp.core.spi;

import java.util.List;
import java.util.Locale;

/**
 * The entry point of a plugin jar, registered in {@code META-INF/services/io.cerbero.mcp.core.spi.ExchangePlugin}.
 *
 * <p>Lifecycle: the host instantiates it once through {@link java.util.ServiceLoader} (public no-arg constructor),
 * reads its name, SPI version, config keys, upstreams and tools at startup to mount and document them, and later
 * calls {@link #openSession} once per environment, on the first call for that environment. Sessions are closed
 * at shutdown; the plugin object itself holds no state.
 *
 * <p>Threading: every method may be called from any thread; {@code openSession} is never called twice at once
 * for the same environment.
 *
 * <p>Errors: {@code openSession} throws {@link ToolException} NOT_CONFIGURED when required config is missing
 * (the app still starts; the call answers 503). Metadata methods must not throw.
 *
 * @param <S> the session type the tools run against
 */
public interface ExchangePlugin<S extends PluginSession> {

    /** URL segment {@code /mcp-<name>/}: lowercase letters, digits and dashes. Unique across plugins. */
    String name();

    /** One line shown as the OpenAPI tag description. */
    String description();

    /**
     * The SPI version this plugin was compiled against. This default runs from the host's copy of the interface,
     * so it answers the host's version; the host reads the real one from the jar manifest
     * ({@code Cerbero-Spi-Version}, written by the build) or from a plugin's own override
     * ({@code return Spi.VERSION;} is inlined at the plugin's compile time). See {@link Spi} for the rule.
     */
    default int spiVersion() {
        return Spi.VERSION;
    }

    /** The plugin's own version, for the startup log; defaults to the jar manifest's Implementation-Version. */
    default String version() {
        String v = getClass().getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Prefix of the plugin's config variables; by default its name in upper case plus {@code _}. */
    default String configPrefix() {
        return name().toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    }

    /** Config keys the plugin reads (besides upstream URLs, which the host derives from {@link #upstreams()}). */
    default List<ConfigKey> configKeys() {
        return List.of();
    }

    /**
     * The gateway risk limits this plugin enforces (every trading plugin declares them); empty for read-only
     * plugins. The host adds their config keys and builds {@link PluginContext#risk()} from them.
     */
    default java.util.Optional<RiskLimits> riskLimits() {
        return java.util.Optional.empty();
    }

    /** Upstream HTTP APIs the plugin calls. */
    default List<Upstream> upstreams() {
        return List.of();
    }

    /** The tools, in display order. Capabilities are declared here, never discovered by failing calls. */
    List<Tool<S, ?>> tools();

    /**
     * Opens the session of one environment. Should be cheap and not call the venue (the first tool call does).
     *
     * @throws ToolException NOT_CONFIGURED when required config is missing
     */
    S openSession(PluginContext context);
}
