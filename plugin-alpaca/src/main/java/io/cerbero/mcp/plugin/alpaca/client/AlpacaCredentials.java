package io.cerbero.mcp.plugin.alpaca.client;

import io.cerbero.mcp.core.spi.Secret;

import java.util.Objects;

/**
 * The key pair of one environment, sent as {@code APCA-API-KEY-ID} / {@code APCA-API-SECRET-KEY} on every call
 * (trading and market data alike). Both are secrets: {@link #toString()} shows neither.
 */
public record AlpacaCredentials(Secret keyId, Secret secretKey) {
    public AlpacaCredentials {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public String toString() {
        return "AlpacaCredentials[****]";
    }
}
