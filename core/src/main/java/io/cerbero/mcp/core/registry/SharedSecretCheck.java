package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.Upstream;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds secrets that one value serves to both environments: a secret key set only without suffix
 * ({@code BYBIT_API_SECRET} with neither {@code _TESTNET} nor {@code _LIVE}) resolves to the same value for testnet
 * and mainnet calls, so a live key also travels to the testnet host. Legal (the key may be a testnet key), but worth
 * one startup warning per plugin and key. Plugins whose upstreams are all shared (one host for both environments)
 * are skipped: there the value reaches one host only. Names variables, never values.
 */
public final class SharedSecretCheck {
    private SharedSecretCheck() {
    }

    /** One line per plugin and secret key set only unsuffixed; empty when every secret is per environment. */
    public static List<String> warnings(Iterable<RegisteredPlugin> plugins, ConfigSource config) {
        List<String> lines = new ArrayList<>();
        for (RegisteredPlugin plugin : plugins) {
            if (plugin.plugin().upstreams().stream().noneMatch(Upstream::isPerEnvironment)) {
                continue;
            }
            for (ConfigKey key : plugin.sessionConfigKeys()) {
                String variable = plugin.plugin().configPrefix() + key.name();
                if (key.secret() && config.get(variable).isPresent() && !setFor(config, variable, Environment.TESTNET)
                        && !setFor(config, variable, Environment.MAINNET)) {
                    lines.add("plugin " + plugin.name() + ": " + variable + " is set without "
                            + variable + "_" + Environment.TESTNET.configSuffix() + " / _"
                            + Environment.MAINNET.configSuffix() + ", so the same secret is sent to the testnet and"
                            + " the live host; set " + variable + "_" + Environment.TESTNET.configSuffix() + " and "
                            + variable + "_" + Environment.MAINNET.configSuffix() + " instead");
                }
            }
        }
        return List.copyOf(lines);
    }

    private static boolean setFor(ConfigSource config, String variable, Environment environment) {
        return config.get(variable + "_" + environment.configSuffix()).isPresent();
    }
}
