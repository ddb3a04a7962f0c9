package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.core.support.TtlCache;
import io.cerbero.mcp.plugin.macro.MacroErrors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The CFTC Commitments of Traders through the public Socrata (SODA) API: the newest weekly rows of one market,
 * cached for the configured time (the data changes once a week). No key is needed; an optional app token raises
 * Socrata's throttling limits. Non-blocking; thread-safe.
 */
public final class CftcClient {
    public static final String APP_TOKEN_HEADER = "X-App-Token";
    /** CFTC contract market codes: six letters or digits ({@code 133741}, {@code 13874A}). */
    public static final Pattern MARKET_CODE = Pattern.compile("[0-9A-Z]{5,8}");

    private final UpstreamClient upstream;
    private final Optional<Secret> appToken;
    private final TtlCache<CotQuery, List<CotRow>> cache;
    private final CotRowReader rowReader = new CotRowReader(JsonMappers.venue());

    public CftcClient(UpstreamClient upstream, Optional<Secret> appToken, TtlCache<CotQuery, List<CotRow>> cache) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.appToken = Objects.requireNonNull(appToken, "appToken");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * One market's newest reports: the parameters of a request and the cache key of its answer.
     *
     * @param marketCode already checked against {@link #MARKET_CODE}, so it can be quoted into SoQL as is
     * @param weeks      how many reports, newest first
     */
    public record CotQuery(CotDataset dataset, String marketCode, int weeks) {
        public CotQuery {
            Objects.requireNonNull(dataset, "dataset");
            if (marketCode == null || !MARKET_CODE.matcher(marketCode).matches()) {
                // the code is spliced into a SoQL string literal: nothing but letters and digits may get there
                throw new IllegalArgumentException("not a CFTC contract market code: " + marketCode);
            }
            if (weeks < 1) {
                throw new IllegalArgumentException("weeks must be positive");
            }
        }

        String rawQuery() {
            return MacroQuery.of()
                    .add("$where", "cftc_contract_market_code='" + marketCode + "'")
                    .add("$order", "report_date_as_yyyy_mm_dd DESC")
                    .add("$limit", weeks)
                    .build();
        }
    }

    /**
     * <a href="https://dev.socrata.com/docs/endpoints">GET /resource/&lt;dataset&gt;.json</a> with a SoQL filter on
     * the market code, newest report first.
     */
    public CompletableFuture<Cached<List<CotRow>>> reports(CotQuery query) {
        return cache.get(query, this::fetch);
    }

    private CompletableFuture<List<CotRow>> fetch(CotQuery query) {
        UpstreamRequest request = UpstreamRequest.get("/resource/" + query.dataset().id() + ".json", query.rawQuery());
        if (appToken.isPresent()) {
            request = request.withHeader(APP_TOKEN_HEADER, appToken.get().reveal());
        }
        UpstreamRequest sent = request;
        return upstream.sendAsync(sent).thenApply(response -> decode(response, sent, query.dataset()));
    }

    private List<CotRow> decode(UpstreamResponse response, UpstreamRequest request, CotDataset dataset) {
        if (!response.isSuccess()) {
            throw MacroErrors.socrata(response, request, appToken.map(Secret::reveal).orElse(null));
        }
        List<CotRow> rows;
        try {
            rows = rowReader.read(response.body(), dataset.report());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw MacroErrors.unparseable("CFTC (Socrata)", response, request);
        }
        return ofKind(rows, dataset);
    }

    /**
     * Some datasets mix futures-only and combined rows in one table: keep the ones this dataset stands for. When no
     * row spells the expected kind (the column's values are unverified), all rows are kept rather than none.
     */
    static List<CotRow> ofKind(List<CotRow> rows, CotDataset dataset) {
        boolean spelled = rows.stream()
                .anyMatch(r -> dataset.futonlyOrCombined().equalsIgnoreCase(r.futonlyOrCombined()));
        if (!spelled) {
            return List.copyOf(rows);
        }
        return rows.stream().filter(r -> r.futonlyOrCombined() == null
                || r.futonlyOrCombined().equalsIgnoreCase(dataset.futonlyOrCombined())).toList();
    }

    @Override
    public String toString() {
        return "CftcClient[" + upstream.baseUrl() + "]";
    }
}
