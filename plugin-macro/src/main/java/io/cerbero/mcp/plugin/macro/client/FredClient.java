package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.core.support.TtlCache;
import io.cerbero.mcp.plugin.macro.MacroErrors;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * FRED (Federal Reserve Bank of St. Louis): series observations, cached per query for the configured time so
 * repeated calls do not spend the key's ~120 requests a minute. Non-blocking; thread-safe.
 */
public final class FredClient {
    static final String OBSERVATIONS = "/fred/series/observations";

    private final UpstreamClient upstream;
    private final Secret apiKey;
    private final TtlCache<FredQuery, FredObservations> cache;
    private final ObjectMapper json = JsonMappers.venue();

    public FredClient(UpstreamClient upstream, Secret apiKey, TtlCache<FredQuery, FredObservations> cache) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * <a href="https://fred.stlouisfed.org/docs/api/fred/series_observations.html">GET /fred/series/observations</a>,
     * from the cache when a fresh answer to the same query is there.
     */
    public CompletableFuture<Cached<FredObservations>> observations(FredQuery query) {
        return cache.get(query, this::fetch);
    }

    private CompletableFuture<FredObservations> fetch(FredQuery query) {
        // the key travels in the query (FRED has no header auth); the request's toString and errors show the path only
        UpstreamRequest request = UpstreamRequest.get(OBSERVATIONS, query.rawQuery(apiKey.reveal()));
        return upstream.sendAsync(request).thenApply(response -> decode(response, request));
    }

    private FredObservations decode(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            throw MacroErrors.fred(response, request, apiKey.reveal());
        }
        FredObservations answer;
        try {
            answer = json.readValue(response.body(), FredObservations.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw MacroErrors.unparseable("FRED", response, request);
        }
        if (answer == null || answer.count() == null) {
            throw MacroErrors.unparseable("FRED", response, request);
        }
        return answer;
    }

    @Override
    public String toString() {
        return "FredClient[" + upstream.baseUrl() + "]";
    }
}
