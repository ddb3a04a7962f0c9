package io.cerbero.mcp.app.web;

import io.cerbero.mcp.app.config.GatewaySettings;
import io.cerbero.mcp.core.spi.Environment;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Maps a bearer token to its environment. Compares SHA-256 digests with {@link MessageDigest#isEqual}, so neither
 * the content nor the length of a configured token leaks through timing.
 */
@Singleton
public class TokenAuthenticator {
    private final byte[] testnet;
    private final byte[] mainnet;

    public TokenAuthenticator(GatewaySettings settings) {
        this.testnet = digest(settings.testnetToken().reveal());
        this.mainnet = digest(settings.mainnetToken().reveal());
    }

    public Optional<Environment> environmentOf(String token) {
        byte[] presented = digest(token);
        boolean isTestnet = MessageDigest.isEqual(presented, testnet);
        boolean isMainnet = MessageDigest.isEqual(presented, mainnet);
        if (isTestnet) {
            return Optional.of(Environment.TESTNET);
        }
        return isMainnet ? Optional.of(Environment.MAINNET) : Optional.empty();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
