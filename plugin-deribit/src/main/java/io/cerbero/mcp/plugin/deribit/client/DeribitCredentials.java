package io.cerbero.mcp.plugin.deribit.client;

import io.cerbero.mcp.core.spi.Secret;

import java.util.Objects;

/**
 * API key of one environment for {@code public/auth} with {@code grant_type=client_credentials}. Both parts are
 * {@link Secret}s, so {@code toString()} shows neither.
 */
public record DeribitCredentials(Secret clientId, Secret clientSecret) {
    public DeribitCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
