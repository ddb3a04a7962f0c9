package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.OptionKind;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.OptionSnapshot;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.OptionSnapshots;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaQuery;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_option_chain}: the contracts of one underlying with quote, last trade, implied volatility and greeks
 * from {@code GET /v1beta1/options/snapshots/{underlying}}, filtered by type, expiry and strike, following
 * {@code next_page_token} up to {@code limit} contracts; without blocking. Greeks and IV are absent for contracts
 * the venue cannot price (illiquid). Sorted by expiry, strike, then call before put.
 */
public final class AlpacaGetOptionChainTool implements AsyncTool<AlpacaSession, AlpacaGetOptionChainTool.Input> {
    static final int MAX_LIMIT = 1000;
    static final int MAX_PAGES = 10;

    public record Input(
            @Schema(description = "underlying stock ticker", example = "AAPL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String underlying,
            @Schema(description = "call or put (default both)", example = "call") OptionKind type,
            @Schema(description = "only this expiry", example = "2025-01-17") LocalDate expirationDate,
            @Schema(description = "expiring on or after", example = "2025-01-10") LocalDate expirationDateGte,
            @Schema(description = "expiring on or before", example = "2025-02-21") LocalDate expirationDateLte,
            @Schema(description = "strike at or above", example = "140") BigDecimal strikePriceGte,
            @Schema(description = "strike at or below", example = "160") BigDecimal strikePriceLte,
            @Schema(description = "at most this many contracts, 1-1000 (default 100)", example = "100")
            Integer limit) {
        public Input {
            underlying = AlpacaParams.symbol(underlying, "underlying");
            if (OccSymbol.isOption(underlying)) {
                throw ToolException.invalidInput("underlying must be a stock ticker, not an option symbol");
            }
            Inputs.optionalPositive(strikePriceGte, "strike_price_gte");
            Inputs.optionalPositive(strikePriceLte, "strike_price_lte");
            if (strikePriceGte != null && strikePriceLte != null && strikePriceGte.compareTo(strikePriceLte) > 0) {
                throw ToolException.invalidInput("strike_price_gte must not be above strike_price_lte");
            }
            if (expirationDateGte != null && expirationDateLte != null
                    && expirationDateGte.isAfter(expirationDateLte)) {
                throw ToolException.invalidInput("expiration_date_gte must not be after expiration_date_lte");
            }
            limit = Inputs.intInRange(limit, "limit", 1, MAX_LIMIT, 100);
        }
    }

    /** One contract of the chain; absent values are unknown to the venue (no quote, no greeks). */
    public record Contract(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OptionKind type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate expiry,
            @Schema(description = "strike in USD", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal strike,
            @Schema(description = "best bid, USD per share") BigDecimal bid,
            @Schema(description = "contracts at the bid") BigDecimal bidSize,
            @Schema(description = "best ask, USD per share") BigDecimal ask,
            @Schema(description = "contracts at the ask") BigDecimal askSize,
            @Schema(description = "last trade price") BigDecimal last,
            Instant lastTime,
            @Schema(description = "implied volatility as a fraction") BigDecimal impliedVolatility,
            BigDecimal delta, BigDecimal gamma, BigDecimal theta, BigDecimal vega, BigDecimal rho) {
    }

    /**
     * @param truncated whether the venue had more contracts than {@code limit}
     */
    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String underlying,
                         @Schema(description = "shares per contract", requiredMode = Schema.RequiredMode.REQUIRED)
                         int contractSize,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Contract> contracts,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean truncated) {
    }

    @Override
    public String name() {
        return "get_option_chain";
    }

    @Override
    public String description() {
        return "Option contracts of one underlying with bid/ask, last trade, implied volatility and greeks, "
                + "filtered by call/put, expiry and strike.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: a chain of quotes and greeks; a few seconds, one call is heavy. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(5)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("AAPL", OptionKind.call, null, LocalDate.parse("2025-01-10"), LocalDate.parse("2025-02-21"),
                new BigDecimal("140"), new BigDecimal("160"), 100);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        return page(session, input, null, new ArrayList<>(), 0).thenApply(result -> {
            List<Contract> contracts = new ArrayList<>(result.contracts());
            contracts.sort(Comparator.comparing(Contract::expiry).thenComparing(Contract::strike)
                    .thenComparing(Contract::type));
            boolean truncated = result.truncated() || contracts.size() > input.limit();
            return ToolResult.of(new Output(input.underlying(), 100,
                    contracts.subList(0, Math.min(input.limit(), contracts.size())), truncated));
        });
    }

    private record Partial(List<Contract> contracts, boolean truncated) {
    }

    private CompletableFuture<Partial> page(AlpacaSession session, Input in, String token, List<Contract> seen,
                                            int pages) {
        String query = AlpacaQuery.of().add("feed", session.config().optionsFeed())
                .add("type", in.type()).add("expiration_date", in.expirationDate())
                .add("expiration_date_gte", in.expirationDateGte()).add("expiration_date_lte", in.expirationDateLte())
                .add("strike_price_gte", plain(in.strikePriceGte())).add("strike_price_lte", plain(in.strikePriceLte()))
                .add("limit", Math.min(MAX_LIMIT, in.limit() - seen.size())).add("page_token", token).build();
        return session.client().optionChainAsync(in.underlying(), query).thenCompose(answer -> {
            collect(answer, seen);
            boolean hasMore = answer.nextPageToken() != null && !answer.nextPageToken().isBlank();
            if (hasMore && seen.size() < in.limit() && pages + 1 < MAX_PAGES) {
                return page(session, in, answer.nextPageToken(), seen, pages + 1);
            }
            return CompletableFuture.completedFuture(new Partial(seen, hasMore));
        });
    }

    private static void collect(OptionSnapshots answer, List<Contract> into) {
        if (answer.snapshots() == null) {
            return;
        }
        for (Map.Entry<String, OptionSnapshot> e : answer.snapshots().entrySet()) {
            OccSymbol occ = OccSymbol.parse(e.getKey()).orElse(null);
            OptionSnapshot s = e.getValue();
            if (occ == null || s == null) {
                continue; // not an OCC symbol: nothing to place it in the chain by
            }
            var q = s.latestQuote();
            var t = s.latestTrade();
            var g = s.greeks();
            into.add(new Contract(e.getKey(), occ.kind(), occ.expiry(), occ.strike(),
                    q == null ? null : q.bp(), q == null ? null : q.bs(), q == null ? null : q.ap(),
                    q == null ? null : q.askSize(), t == null ? null : t.p(), t == null ? null : t.t(),
                    s.impliedVolatility(), g == null ? null : g.delta(), g == null ? null : g.gamma(),
                    g == null ? null : g.theta(), g == null ? null : g.vega(), g == null ? null : g.rho()));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
