package io.cerbero.mcp.core.spi;

import java.util.Objects;

/**
 * A secret config value. Its {@link #toString()} is masked so it cannot leak through logging or string
 * concatenation; call {@link #reveal()} only where the value is used (signing, an auth header).
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && java.security.MessageDigest.isEqual(
                s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // equal secrets must hash alike; a constant avoids exposing anything through hashing
    }
}
