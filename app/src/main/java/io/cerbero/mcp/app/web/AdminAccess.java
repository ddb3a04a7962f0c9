package io.cerbero.mcp.app.web;

import io.cerbero.mcp.app.config.ObservabilitySettings;
import io.cerbero.mcp.core.spi.Environment;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * What a bearer token may read on the operator's endpoints: {@code ADMIN_TOKEN} when set, else the mainnet token,
 * reads everything; a trading token otherwise reads its own environment's audit records only.
 */
@Singleton
public class AdminAccess {
    /** How far a caller sees. */
    public enum Scope {
        /** Every record, the chain check and the metrics. */
        ALL,
        /** Only testnet records. */
        TESTNET,
        /** Only mainnet records (when an admin token exists). */
        MAINNET;

        /** The only actor this scope sees, or empty for all. */
        public Optional<String> onlyActor() {
            return switch (this) {
                case ALL -> Optional.empty();
                case TESTNET -> Optional.of(Environment.TESTNET.id());
                case MAINNET -> Optional.of(Environment.MAINNET.id());
            };
        }
    }

    private final TokenAuthenticator tokens;
    private final byte[] admin;

    public AdminAccess(TokenAuthenticator tokens, ObservabilitySettings settings) {
        this.tokens = tokens;
        this.admin = settings.adminToken().map(t -> sha256(t.reveal())).orElse(null);
    }

    public Optional<Scope> scopeOf(String token) {
        // digest comparisons only, in constant time, as for the trading tokens
        if (admin != null && MessageDigest.isEqual(sha256(token), admin)) {
            return Optional.of(Scope.ALL);
        }
        return tokens.environmentOf(token).map(env -> switch (env) {
            case TESTNET -> Scope.TESTNET;
            case MAINNET -> admin == null ? Scope.ALL : Scope.MAINNET;
        });
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
