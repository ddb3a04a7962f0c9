package io.cerbero.mcp.plugin.bybit.client;

import io.cerbero.mcp.core.spi.Secret;

import java.util.Objects;

/**
 * What signing needs. Both values stay {@link Secret}s until the moment of signing.
 *
 * @param apiKey     sent as {@code X-BAPI-API-KEY}
 * @param apiSecret  the HMAC key, never sent
 * @param recvWindow ms the venue accepts the request for, sent as {@code X-BAPI-RECV-WINDOW}
 */
public record BybitCredentials(Secret apiKey, Secret apiSecret, int recvWindow) {
    public BybitCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
    }
}
