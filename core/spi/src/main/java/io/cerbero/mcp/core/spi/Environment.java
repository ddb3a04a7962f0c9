package io.cerbero.mcp.core.spi;

import java.util.Locale;

/**
 * Which venue environment a call goes to. Decided by the caller's bearer token alone, never by input.
 */
public enum Environment {
    TESTNET("TESTNET"),
    MAINNET("LIVE");

    private final String configSuffix;

    Environment(String configSuffix) {
        this.configSuffix = configSuffix;
    }

    /** Suffix of per-environment config variables: {@code BYBIT_API_KEY_TESTNET}, {@code BYBIT_API_KEY_LIVE}. */
    public String configSuffix() {
        return configSuffix;
    }

    /** Lower-case name used in JSON (audit records, health). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
