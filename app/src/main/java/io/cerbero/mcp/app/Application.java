package io.cerbero.mcp.app;

import io.cerbero.mcp.app.config.GatewaySettings;
import io.cerbero.mcp.app.config.McpToolsets;
import io.cerbero.mcp.app.config.PluginLoading;
import io.cerbero.mcp.app.config.SettingsException;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.registry.PluginLoadException;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the gateway: reads and checks settings, then loads and validates the plugins, before Micronaut starts, so a
 * bad value or a bad plugin stops the process with one clear line and exit code 2.
 */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        ConfigSource config = ConfigSource.load(System.getenv(), Path.of(".env"));
        GatewaySettings settings;
        try {
            settings = GatewaySettings.load(config);
        } catch (SettingsException e) {
            e.problems().forEach(p -> System.err.println("config error: " + p));
            System.exit(2);
            return;
        }
        // logback reads LOG_LEVEL from system properties, so set it before the first logger exists
        System.setProperty("LOG_LEVEL", settings.logLevel());
        PluginRegistry plugins;
        try {
            plugins = PluginLoading.load(settings, config);
        } catch (PluginLoadException e) {
            System.err.println("startup refused: " + e.getMessage());
            System.exit(2);
            return;
        }
        McpToolsets mcpToolsets;
        try {
            mcpToolsets = McpToolsets.parse(config.get(McpToolsets.VARIABLE)).requireLoaded(plugins);
        } catch (SettingsException e) {
            e.problems().forEach(p -> System.err.println("config error: " + p));
            System.exit(2);
            return;
        }
        if (settings.tokensGenerated()) {
            System.out.println("No TESTNET_TOKEN/MAINNET_TOKEN set: generated tokens for this run (loopback only):");
            System.out.println("  TESTNET_TOKEN=" + settings.testnetToken().reveal());
            System.out.println("  MAINNET_TOKEN=" + settings.mainnetToken().reveal());
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(Map.of(
                        "micronaut.server.host", settings.host(),
                        "micronaut.server.port", settings.port()))
                .singletons(config, settings, plugins, mcpToolsets)
                .start();
    }
}
