package io.cerbero.mcp.plugin.deribit.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData.AccountSummary;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData.Order;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData.Position;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.BookSummary;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.ChartData;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.FundingRow;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.IndexPrice;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Instrument;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.OrderBook;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Ticker;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.VolatilityIndex;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The raw Deribit API v2 client: one method per venue method, venue parameters in, venue DTOs out. No rounding,
 * policy or presentation here; the tools do that.
 *
 * <p>Reads are non-blocking GETs (the host may retry them); private reads carry {@code Authorization: Bearer} with
 * the session's token and, when Deribit answers 13009 (token refused), re-authenticate once and send the same call
 * again. Writes come in two steps: {@link #prepare} builds the exact JSON-RPC POST (with the token), and
 * {@link #submit} sends it once — never retried, not even after a 13009, which proves the order was not taken.
 * Thread-safe.
 */
public final class DeribitClient {
    public static final String AUTHORIZATION = "Authorization";

    private final DeribitRpc rpc;
    private final DeribitAuth auth;

    /**
     * @param upstream    the host's client bound to this environment's base URL ({@code …/api/v2})
     * @param clock       the host clock (token expiry)
     * @param credentials the environment's key; throws NOT_CONFIGURED when it is not set
     */
    public DeribitClient(UpstreamClient upstream, Clock clock, Supplier<DeribitCredentials> credentials) {
        this.rpc = new DeribitRpc(upstream, JsonMappers.venue());
        this.auth = new DeribitAuth(rpc, clock, credentials);
    }

    // ------------------------------------------------------------------------------------------ market (public)

    /** <a href="https://docs.deribit.com/#public-get_time">public/get_time</a>: epoch ms. */
    public CompletableFuture<DeribitAnswer<Long>> time() {
        return publicGet("public/get_time", DeribitQuery.of(), type(Long.class));
    }

    /** <a href="https://docs.deribit.com/#public-ticker">public/ticker</a> */
    public CompletableFuture<DeribitAnswer<Ticker>> ticker(String instrument) {
        return publicGet("public/ticker", DeribitQuery.of().add("instrument_name", instrument), type(Ticker.class));
    }

    /** <a href="https://docs.deribit.com/#public-get_order_book">public/get_order_book</a> */
    public CompletableFuture<DeribitAnswer<OrderBook>> orderBook(String instrument, int depth) {
        return publicGet("public/get_order_book", DeribitQuery.of().add("instrument_name", instrument)
                .add("depth", depth), type(OrderBook.class));
    }

    /** <a href="https://docs.deribit.com/#public-get_book_summary_by_currency">public/get_book_summary_by_currency</a> */
    public CompletableFuture<DeribitAnswer<List<BookSummary>>> bookSummary(String currency, String kind) {
        return publicGet("public/get_book_summary_by_currency", DeribitQuery.of().add("currency", currency)
                .add("kind", kind), list(BookSummary.class));
    }

    /** <a href="https://docs.deribit.com/#public-get_instruments">public/get_instruments</a>, every kind of a currency. */
    public CompletableFuture<DeribitAnswer<List<Instrument>>> instruments(String currency) {
        return publicGet("public/get_instruments", DeribitQuery.of().add("currency", currency)
                .add("expired", false), list(Instrument.class));
    }

    /** <a href="https://docs.deribit.com/#public-get_index_price">public/get_index_price</a>, e.g. {@code btc_usd}. */
    public CompletableFuture<DeribitAnswer<IndexPrice>> indexPrice(String indexName) {
        return publicGet("public/get_index_price", DeribitQuery.of().add("index_name", indexName),
                type(IndexPrice.class));
    }

    /**
     * <a href="https://docs.deribit.com/#public-get_volatility_index_data">public/get_volatility_index_data</a>;
     * {@code resolution} in <b>seconds</b> (1, 60, 3600, 43200) or {@code 1D}.
     */
    public CompletableFuture<DeribitAnswer<VolatilityIndex>> volatilityIndex(String currency, long startMs, long endMs,
                                                                            String resolution) {
        return publicGet("public/get_volatility_index_data", DeribitQuery.of().add("currency", currency)
                .add("start_timestamp", startMs).add("end_timestamp", endMs).add("resolution", resolution),
                type(VolatilityIndex.class));
    }

    /**
     * <a href="https://docs.deribit.com/#public-get_tradingview_chart_data">public/get_tradingview_chart_data</a>;
     * {@code resolution} in <b>minutes</b> or {@code 1D}.
     */
    public CompletableFuture<DeribitAnswer<ChartData>> chart(String instrument, long startMs, long endMs,
                                                             String resolution) {
        return publicGet("public/get_tradingview_chart_data", DeribitQuery.of().add("instrument_name", instrument)
                .add("start_timestamp", startMs).add("end_timestamp", endMs).add("resolution", resolution),
                type(ChartData.class));
    }

    /** <a href="https://docs.deribit.com/#public-get_funding_rate_history">public/get_funding_rate_history</a> (hourly). */
    public CompletableFuture<DeribitAnswer<List<FundingRow>>> fundingHistory(String instrument, long startMs,
                                                                             long endMs) {
        return publicGet("public/get_funding_rate_history", DeribitQuery.of().add("instrument_name", instrument)
                .add("start_timestamp", startMs).add("end_timestamp", endMs), list(FundingRow.class));
    }

    /** <a href="https://docs.deribit.com/#public-get_historical_volatility">public/get_historical_volatility</a>: {@code [[ts, vol %]]}. */
    public CompletableFuture<DeribitAnswer<List<List<BigDecimal>>>> historicalVolatility(String currency) {
        JavaType row = rpc.json().getTypeFactory().constructCollectionType(List.class, BigDecimal.class);
        return publicGet("public/get_historical_volatility", DeribitQuery.of().add("currency", currency),
                rpc.json().getTypeFactory().constructCollectionType(List.class, row));
    }

    // ---------------------------------------------------------------------------------------- account (private)

    /** <a href="https://docs.deribit.com/#private-get_account_summary">private/get_account_summary</a> */
    public CompletableFuture<DeribitAnswer<AccountSummary>> accountSummary(String currency) {
        return privateGet("private/get_account_summary", DeribitQuery.of().add("currency", currency)
                .add("extended", true), type(AccountSummary.class));
    }

    /** <a href="https://docs.deribit.com/#private-get_positions">private/get_positions</a>; {@code currency} may be {@code any}. */
    public CompletableFuture<DeribitAnswer<List<Position>>> positions(String currency, String kind) {
        return privateGet("private/get_positions", DeribitQuery.of().add("currency", currency).add("kind", kind),
                list(Position.class));
    }

    /** <a href="https://docs.deribit.com/#private-get_open_orders_by_currency">private/get_open_orders_by_currency</a> */
    public CompletableFuture<DeribitAnswer<List<Order>>> openOrders(String currency, String kind) {
        return privateGet("private/get_open_orders_by_currency", DeribitQuery.of().add("currency", currency)
                .add("kind", kind), list(Order.class));
    }

    // ------------------------------------------------------------------------------------------ writes (private)

    /** A blank params object for {@link #prepare}. */
    public ObjectNode params() {
        return rpc.params();
    }

    /**
     * The exact JSON-RPC POST of a private write ({@code private/buy}, {@code private/cancel} …) with the session's
     * bearer token. Sends nothing itself but may authenticate first (an idempotent call).
     */
    public UpstreamRequest prepare(String method, ObjectNode params) {
        DeribitToken token = await(auth.token());
        return rpc.post(method, params).withHeader(AUTHORIZATION, "Bearer " + token.accessToken());
    }

    /** Sends a prepared write once and reads its result; a 13009 renews the token for the next call only. */
    public <T> DeribitAnswer<T> submit(UpstreamRequest prepared, Class<T> resultType) {
        DeribitReply reply = rpc.send(prepared);
        if (reply.unauthorized()) {
            String header = prepared.headers().getOrDefault(AUTHORIZATION, "");
            auth.invalidate(header.startsWith("Bearer ") ? header.substring(7) : header);
            throw reply.error().toException(prepared).withRetryable(true)
                    .withDetail(ErrorDetails.OUTCOME, ErrorDetails.OUTCOME_NOT_PLACED)
                    .withFix("Deribit refused the access token, so nothing was done; the gateway renews the token: "
                            + "send the same call again (same client_order_id)");
        }
        return reply.require(type(resultType));
    }

    /** Waits for a read on a worker thread, unwrapping the ToolException it failed with. */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            if (Completions.unwrap(e) instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    // ----------------------------------------------------------------------------------------------- plumbing

    private <T> CompletableFuture<DeribitAnswer<T>> publicGet(String method, DeribitQuery query, JavaType type) {
        return rpc.sendAsync(rpc.get(method, query.build())).thenApply(reply -> reply.<T>require(type));
    }

    /** Private GET with the token; on 13009 one fresh authentication and one resend of the same read. */
    private <T> CompletableFuture<DeribitAnswer<T>> privateGet(String method, DeribitQuery query, JavaType type) {
        UpstreamRequest request = rpc.get(method, query.build());
        return auth.token().thenCompose(token -> rpc.sendAsync(bearer(request, token)).thenCompose(reply -> {
            if (!reply.unauthorized()) {
                return CompletableFuture.completedFuture(reply.<T>require(type));
            }
            auth.invalidate(token.accessToken());
            return auth.token().thenCompose(fresh -> rpc.sendAsync(bearer(request, fresh)))
                    .thenApply(again -> again.<T>require(type));
        }));
    }

    private static UpstreamRequest bearer(UpstreamRequest request, DeribitToken token) {
        return request.withHeader(AUTHORIZATION, "Bearer " + token.accessToken());
    }

    private JavaType type(Class<?> type) {
        return rpc.json().getTypeFactory().constructType(type);
    }

    private JavaType list(Class<?> row) {
        return rpc.json().getTypeFactory().constructCollectionType(List.class, row);
    }

    @Override
    public String toString() {
        return "DeribitClient[" + rpc.baseUrl() + "]";
    }
}
