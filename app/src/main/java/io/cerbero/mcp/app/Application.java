package io.cerbero.mcp.app;

import io.cerbero.mcp.app.config.GatewaySettings;
import io.cerbero.mcp.app.config.SettingsException;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.registry.PluginLoadException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the gateway: reads and checks settings before anything else (so a bad value fails in one clear line),
 * then starts Micronaut with them.
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
        if (settings.tokensGenerated()) {
            System.out.println("No TESTNET_TOKEN/MAINNET_TOKEN set: generated tokens for this run (loopback only):");
            System.out.println("  TESTNET_TOKEN=" + settings.testnetToken().reveal());
            System.out.println("  MAINNET_TOKEN=" + settings.mainnetToken().reveal());
        }
        try {
            ApplicationContext context = Micronaut.build(args)
                    .mainClass(Application.class)
                    .banner(false)
                    .properties(Map.of(
                            "micronaut.server.host", settings.host(),
                            "micronaut.server.port", settings.port()))
                    .singletons(config, settings)
                    .start();
            context.getBean(io.cerbero.mcp.core.registry.PluginRegistry.class);
        } catch (BeanInstantiationException e) {
            Throwable root = rootCause(e);
            if (root instanceof PluginLoadException || root instanceof SettingsException) {
                System.err.println("startup refused: " + root.getMessage());
                System.exit(2);
            }
            throw e;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
