package io.cerbero.mcp.plugin.deribit.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token from {@code public/auth}. Both tokens are bearer secrets: {@link #toString()} shows neither.
 *
 * @param accessToken  sent as {@code Authorization: Bearer …}
 * @param refreshToken for {@code grant_type=refresh_token}; may be null
 * @param obtainedAt   gateway clock when the answer arrived
 * @param expiresAt    {@code obtainedAt + expires_in}
 */
public record DeribitToken(String accessToken, String refreshToken, Instant obtainedAt, Instant expiresAt) {
    /** Refresh at the latest this long before expiry (or a tenth of the lifetime, whichever is shorter). */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    public DeribitToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(obtainedAt, "obtainedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** When the token should be replaced: before it expires, so no call is sent with a token about to lapse. */
    public Instant refreshAt() {
        Duration life = Duration.between(obtainedAt, expiresAt);
        Duration margin = life.dividedBy(10).compareTo(REFRESH_MARGIN) < 0 ? life.dividedBy(10) : REFRESH_MARGIN;
        return expiresAt.minus(margin);
    }

    public boolean usableAt(Instant now) {
        return now.isBefore(refreshAt());
    }

    @Override
    public String toString() {
        return "DeribitToken[expires " + expiresAt + "]";
    }
}
