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
    private final MessageDigest sha256;
    private final byte[] testnet;
    private final byte[] mainnet;

    public TokenAuthenticator(GatewaySettings settings) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
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

    /** Digests on a clone of one prototype: {@code getInstance} walks the provider list, on every request. */
    private byte[] digest(String token) {
        try {
            return ((MessageDigest) sha256.clone()).digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest not cloneable", e);
        }
    }
}
