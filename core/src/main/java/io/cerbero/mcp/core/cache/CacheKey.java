package io.cerbero.mcp.core.cache;

import io.cerbero.mcp.core.spi.Environment;

import java.util.Objects;

/**
 * One cache entry's identity. The environment is part of it, so a testnet answer can never reach a mainnet caller;
 * the input is the parsed input record re-serialised by the host's mapper, so field order, spacing, defaults and
 * number spellings ({@code "1.0"} vs {@code 1.0}) that parse to the same record share an entry.
 */
public record CacheKey(String plugin, Environment environment, String tool, String canonicalInput) {
    public CacheKey {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(canonicalInput, "canonicalInput");
    }
}
