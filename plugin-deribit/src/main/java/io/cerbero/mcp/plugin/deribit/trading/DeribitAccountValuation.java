package io.cerbero.mcp.plugin.deribit.trading;

import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData.AccountSummary;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData.Order;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData.Position;
import io.cerbero.mcp.plugin.deribit.client.DeribitAnswer;
import io.cerbero.mcp.plugin.deribit.client.DeribitClient;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.IndexPrice;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The whole Deribit account as core's leverage check sees it, in <b>USD</b>: every currency account of
 * {@code DERIBIT_CURRENCIES} (equity in the coin × the coin's USD index), every position
 * ({@code private/get_positions?currency=any}) and every resting order of those currencies. Valuation:
 * <ul>
 *   <li>inverse perpetuals and futures: the USD amount itself;</li>
 *   <li>options: <b>delta-equivalent</b>, {@code |delta| × index} (positions use the venue's position delta);
 *       resting option orders count at delta 1 ({@code amount × index}), an upper bound, because their deltas
 *       would cost one ticker call each;</li>
 *   <li>linear and spot: {@code amount × price} in the quote (USDC, USDT taken as USD).</li>
 * </ul>
 * Reduce-only orders are left out (they cannot add exposure). The calls run in parallel.
 *
 * <p><b>Narrowed</b> ({@link #snapshot(Set)}): an order is margined by the currency account its instrument settles
 * in. When that account is segregated ({@code margin_model} {@code segregated_sm} / {@code segregated_pm}), the other
 * currency accounts cannot lend it margin or take its losses, so only it is read: its equity, its positions and its
 * resting orders. A cross-collateral account ({@code cross_sm}, {@code cross_pm}) shares margin across currencies:
 * then every currency of {@code DERIBIT_CURRENCIES} is read, as {@link #snapshot()} does.
 */
public final class DeribitAccountValuation {
    static final Set<String> USD_LIKE = Set.of("USD", "USDC", "USDT");

    private final DeribitClient client;
    private final List<String> currencies;

    public DeribitAccountValuation(DeribitClient client, List<String> currencies) {
        this.client = Objects.requireNonNull(client, "client");
        this.currencies = List.copyOf(currencies);
    }

    /** Every currency account of {@code DERIBIT_CURRENCIES}. */
    public AccountSnapshot snapshot() {
        return snapshotOf(new java.util.LinkedHashSet<>(currencies), false);
    }

    /**
     * The account(s) that margin orders settling in {@code margining}: only those when they are segregated, every
     * configured currency as well when one of them is cross-collateral.
     */
    public AccountSnapshot snapshot(Set<String> margining) {
        if (margining.isEmpty()) {
            return snapshot();
        }
        AccountSnapshot narrowed = snapshotOf(margining, true);
        return narrowed == null ? snapshot() : narrowed;
    }

    /** Null when {@code onlyIfSegregated} and an account of {@code accounts} is cross-collateral. */
    private AccountSnapshot snapshotOf(Set<String> accounts, boolean onlyIfSegregated) {
        Map<String, CompletableFuture<DeribitAnswer<AccountSummary>>> summaries = new LinkedHashMap<>();
        Map<String, CompletableFuture<DeribitAnswer<List<Order>>>> orders = new LinkedHashMap<>();
        Map<String, CompletableFuture<DeribitAnswer<IndexPrice>>> indexes = new LinkedHashMap<>();
        for (String currency : accounts) {
            summaries.put(currency, client.accountSummary(currency));
            orders.put(currency, client.openOrders(currency, null));
            if (!USD_LIKE.contains(currency)) {
                indexes.put(currency, client.indexPrice(DeribitSymbol.usdIndexOf(currency)));
            }
        }
        CompletableFuture<DeribitAnswer<List<Position>>> positions = client.positions("any", null);

        Map<String, BigDecimal> usd = new LinkedHashMap<>();
        USD_LIKE.forEach(c -> usd.put(c, BigDecimal.ONE));
        indexes.forEach((c, f) -> usd.put(c, DeribitClient.await(f).result().indexPrice()));

        BigDecimal equity = BigDecimal.ZERO;
        for (Map.Entry<String, CompletableFuture<DeribitAnswer<AccountSummary>>> e : summaries.entrySet()) {
            AccountSummary summary = DeribitClient.await(e.getValue()).result();
            if (onlyIfSegregated && !segregated(summary)) {
                return null;
            }
            BigDecimal coinEquity = summary.equity();
            equity = equity.add(coinEquity == null ? BigDecimal.ZERO : coinEquity.multiply(usd.get(e.getKey())));
        }
        AccountSnapshot.Builder account = AccountSnapshot.builder(equity, "USD");
        for (Position p : nonNull(DeribitClient.await(positions).result())) {
            if (onlyIfSegregated && !accounts.contains(DeribitSymbol.parse(p.instrumentName()).settlement())) {
                continue;
            }
            BigDecimal notional = positionNotional(p, usd);
            if (notional.signum() != 0) {
                account.position(p.instrumentName(), "sell".equals(p.direction()) ? notional.negate() : notional);
            }
        }
        for (Map.Entry<String, CompletableFuture<DeribitAnswer<List<Order>>>> e : orders.entrySet()) {
            for (Order o : nonNull(DeribitClient.await(e.getValue()).result())) {
                if (!Boolean.TRUE.equals(o.reduceOnly())) {
                    account.restingOrder(o.instrumentName(), DeribitOrders.side(o.direction()), orderNotional(o, usd));
                }
            }
        }
        return account.build();
    }

    /** A segregated currency account margins only its own instruments; an unknown model counts as cross. */
    private static boolean segregated(AccountSummary summary) {
        return summary.marginModel() != null && summary.marginModel().startsWith("segregated");
    }

    /** USD per unit of {@code coin}: 1 for USD and stablecoins, else its USD index. */
    BigDecimal usdOf(String coin) {
        return USD_LIKE.contains(coin) ? BigDecimal.ONE
                : DeribitClient.await(client.indexPrice(DeribitSymbol.usdIndexOf(coin))).result().indexPrice();
    }

    /** Absolute USD value of a position. */
    static BigDecimal positionNotional(Position p, Map<String, BigDecimal> usd) {
        DeribitSymbol s = DeribitSymbol.parse(p.instrumentName());
        BigDecimal size = abs(p.size());
        if (s.inverse()) {
            return size;
        }
        if ("option".equals(p.kind()) && s.quote().equals(s.base())) {
            return abs(p.delta()).multiply(orZero(p.indexPrice()));
        }
        return size.multiply(orZero(p.markPrice())).multiply(usd.getOrDefault(s.quote(), BigDecimal.ONE));
    }

    /** USD value of what is left of a resting order. */
    static BigDecimal orderNotional(Order o, Map<String, BigDecimal> usd) {
        DeribitSymbol s = DeribitSymbol.parse(o.instrumentName());
        BigDecimal left = abs(o.amount()).subtract(abs(o.filledAmount())).max(BigDecimal.ZERO);
        if (s.inverse()) {
            return left;
        }
        BigDecimal baseUsd = usd.get(s.base());
        if (s.kind() == io.cerbero.mcp.core.model.InstrumentKind.option && s.quote().equals(s.base())
                && baseUsd != null) {
            return left.multiply(baseUsd);
        }
        BigDecimal price = DeribitOrders.price(o.price());
        if (price == null) {
            price = o.triggerPrice() != null ? o.triggerPrice() : baseUsd == null ? BigDecimal.ZERO : baseUsd;
        }
        return left.multiply(price).multiply(usd.getOrDefault(s.quote(), BigDecimal.ONE));
    }

    private static <T> List<T> nonNull(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v.abs();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
