package io.cerbero.mcp.plugin.deribit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.plugin.deribit.DeribitErrors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The session's access token: obtained with <a href="https://docs.deribit.com/#public-auth">public/auth</a>
 * ({@code grant_type=client_credentials}) on the first private call, reused by every later one, and replaced before
 * it expires ({@code grant_type=refresh_token}, falling back to the client credentials when the refresh is
 * refused). Never blocks: callers get a future, and concurrent callers share one in-flight authentication.
 *
 * <p>The auth call is a POST whose JSON-RPC body carries the secret (never a query string, which could end up in
 * a log line); it is marked idempotent because authenticating twice is harmless.
 */
public final class DeribitAuth {
    public static final String METHOD = "public/auth";

    private final DeribitRpc rpc;
    private final Clock clock;
    private final Supplier<DeribitCredentials> credentials;
    private final AtomicReference<CompletableFuture<DeribitToken>> current = new AtomicReference<>();

    /**
     * @param credentials supplies the key; throws NOT_CONFIGURED when it is not set for this environment
     */
    public DeribitAuth(DeribitRpc rpc, Clock clock, Supplier<DeribitCredentials> credentials) {
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** A token usable now: the cached one, the one being fetched, or a new one. */
    public CompletableFuture<DeribitToken> token() {
        while (true) {
            CompletableFuture<DeribitToken> cached = current.get();
            if (cached != null && usable(cached)) {
                return cached;
            }
            DeribitCredentials keys = credentials.get();
            CompletableFuture<DeribitToken> next = new CompletableFuture<>();
            if (current.compareAndSet(cached, next)) {
                obtain(keys, previous(cached)).whenComplete((token, failure) -> {
                    if (failure != null) {
                        next.completeExceptionally(Completions.unwrap(failure));
                    } else {
                        next.complete(token);
                    }
                });
                return next;
            }
        }
    }

    /** Forgets {@code accessToken} after the venue refused it (13009), so the next call authenticates afresh. */
    public void invalidate(String accessToken) {
        current.updateAndGet(f -> f != null && f.isDone() && !f.isCompletedExceptionally()
                && f.join().accessToken().equals(accessToken) ? null : f);
    }

    private boolean usable(CompletableFuture<DeribitToken> cached) {
        if (!cached.isDone()) {
            return true;
        }
        return !cached.isCompletedExceptionally() && cached.join().usableAt(clock.instant());
    }

    private static DeribitToken previous(CompletableFuture<DeribitToken> cached) {
        return cached != null && cached.isDone() && !cached.isCompletedExceptionally() ? cached.join() : null;
    }

    private CompletableFuture<DeribitToken> obtain(DeribitCredentials keys, DeribitToken previous) {
        if (previous == null || previous.refreshToken() == null) {
            return authenticate(clientCredentials(keys));
        }
        ObjectNode refresh = rpc.params();
        refresh.put("grant_type", "refresh_token");
        refresh.put("refresh_token", previous.refreshToken());
        return authenticate(refresh).exceptionallyCompose(refused -> authenticate(clientCredentials(keys)));
    }

    private ObjectNode clientCredentials(DeribitCredentials keys) {
        ObjectNode params = rpc.params();
        params.put("grant_type", "client_credentials");
        params.put("client_id", keys.clientId().reveal());
        params.put("client_secret", keys.clientSecret().reveal());
        return params;
    }

    private CompletableFuture<DeribitToken> authenticate(ObjectNode params) {
        UpstreamRequest request = rpc.post(METHOD, params).withIdempotent(true);
        return rpc.sendAsync(request).thenApply(reply -> {
            JsonNode result = reply.<JsonNode>require(rpc.json().getTypeFactory().constructType(JsonNode.class)).result();
            String access = result == null ? null : text(result.get("access_token"));
            JsonNode expiresIn = result == null ? null : result.get("expires_in");
            if (access == null || expiresIn == null || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
                throw DeribitErrors.unexpectedResult(request, "no access_token / expires_in");
            }
            Instant now = clock.instant();
            return new DeribitToken(access, text(result.get("refresh_token")), now,
                    now.plus(Duration.ofSeconds(expiresIn.asLong())));
        });
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }

    @Override
    public String toString() {
        return "DeribitAuth[" + rpc.baseUrl() + "]";
    }
}
