package io.cerbero.mcp.plugin.bybit.trading;

import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Order;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Position;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Wallet;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitClient;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.cerbero.mcp.plugin.bybit.unified.BybitOrders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The whole UNIFIED account as the leverage check sees it, read in parallel: equity ({@code totalEquity}, USD), every
 * position (linear USDT- and USDC-settled, inverse, options) and every resting order that can add exposure (the same
 * plus spot; reduce-only and close-on-trigger orders left out). Values in USD, stablecoins at par:
 * <ul>
 *   <li>linear and option positions: size × mark (options: premium, which understates a short option's risk);</li>
 *   <li>inverse: the size itself (USD contracts);</li>
 *   <li>resting orders: remaining qty × limit price, else × trigger price, else × the position's mark.</li>
 * </ul>
 * Linear lists need a settle coin when no symbol is given, hence one read per settle coin.
 */
final class BybitAccountReader {
    static final String CURRENCY = "USD";
    static final int POSITIONS_PER_PAGE = 200;
    static final int ORDERS_PER_PAGE = 50;
    /** More pages than this (10 000 positions or 500 orders per scope) and the account is not valued. */
    static final int MAX_PAGES = 10;

    /** One list call's scope: a category, and the settle coin linear needs. */
    record Scope(BybitCategory category, String settleCoin) {
    }

    static final List<Scope> POSITION_SCOPES = List.of(new Scope(BybitCategory.linear, "USDT"),
            new Scope(BybitCategory.linear, "USDC"), new Scope(BybitCategory.inverse, null),
            new Scope(BybitCategory.option, null));
    static final List<Scope> ORDER_SCOPES = List.of(new Scope(BybitCategory.linear, "USDT"),
            new Scope(BybitCategory.linear, "USDC"), new Scope(BybitCategory.inverse, null),
            new Scope(BybitCategory.option, null), new Scope(BybitCategory.spot, null));

    private final BybitClient client;
    private final BybitReferencePrices prices;

    BybitAccountReader(BybitClient client, BybitReferencePrices prices) {
        this.client = Objects.requireNonNull(client, "client");
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    AccountSnapshot snapshot() {
        CompletableFuture<BybitPage<Wallet>> wallet = client.walletBalanceAsync("UNIFIED");
        Map<Scope, CompletableFuture<List<Position>>> positions = new HashMap<>();
        POSITION_SCOPES.forEach(s -> positions.put(s, allPages(s, POSITIONS_PER_PAGE,
                (limit, cursor) -> client.positionsPageAsync(s.category(), s.settleCoin(), limit, cursor))));
        Map<Scope, CompletableFuture<List<Order>>> orders = new HashMap<>();
        ORDER_SCOPES.forEach(s -> orders.put(s, allPages(s, ORDERS_PER_PAGE,
                (limit, cursor) -> client.openOrdersPageAsync(s.category(), s.settleCoin(), limit, cursor))));

        List<Wallet> wallets = join(wallet).list();
        AccountSnapshot.Builder account = AccountSnapshot.builder(
                wallets.isEmpty() ? null : wallets.get(0).totalEquity(), CURRENCY);
        Map<String, BigDecimal> marks = new HashMap<>();
        for (Scope scope : POSITION_SCOPES) {
            for (Position p : join(positions.get(scope))) {
                if (p.signedSize().signum() != 0) {
                    BigDecimal mark = mark(p);
                    marks.put(key(scope.category(), p.symbol()), mark);
                    account.position(p.symbol(), value(scope.category(), p.signedSize(), mark));
                }
            }
        }
        for (Scope scope : ORDER_SCOPES) {
            for (Order o : join(orders.get(scope))) {
                if (!o.onlyReduces()) {
                    BigDecimal qty = o.leavesQty() != null ? o.leavesQty() : o.qty();
                    BigDecimal price = scope.category() == BybitCategory.inverse ? null
                            : orderPrice(scope.category(), o, marks);
                    account.restingOrder(o.symbol(), BybitOrders.side(o.side()), value(scope.category(), qty, price));
                }
            }
        }
        return account.build();
    }

    private BigDecimal orderPrice(BybitCategory category, Order o, Map<String, BigDecimal> marks) {
        BigDecimal price = "Limit".equals(o.orderType()) ? Unset.zeroAsNull(o.price()) : null;
        price = price != null ? price : Unset.zeroAsNull(o.triggerPrice());
        price = price != null ? price : marks.get(key(category, o.symbol()));
        return price != null ? price : prices.reference(category, o.symbol());
    }

    private static BigDecimal mark(Position p) {
        BigDecimal mark = Unset.zeroAsNull(p.markPrice());
        mark = mark != null ? mark : Unset.zeroAsNull(p.avgPrice());
        if (mark == null) {
            throw ToolException.upstreamError("Bybit sent no mark price for the " + p.symbol()
                    + " position; the account cannot be valued for the leverage check");
        }
        return mark;
    }

    /** Inverse sizes already count USD; the others count coins, valued at {@code price}. */
    private static BigDecimal value(BybitCategory category, BigDecimal qty, BigDecimal price) {
        return category == BybitCategory.inverse ? qty : qty.multiply(price);
    }

    private static String key(BybitCategory category, String symbol) {
        return category + ":" + symbol;
    }

    /** Follows {@code nextPageCursor} while pages come back full. */
    private static <T> CompletableFuture<List<T>> allPages(Scope scope, int limit,
            BiFunction<Integer, String, CompletableFuture<BybitPage<T>>> page) {
        return next(scope, limit, page, null, new ArrayList<>(), 1);
    }

    private static <T> CompletableFuture<List<T>> next(Scope scope, int limit,
            BiFunction<Integer, String, CompletableFuture<BybitPage<T>>> page, String cursor, List<T> rows,
            int pageNumber) {
        return page.apply(limit, cursor).thenCompose(p -> {
            rows.addAll(p.list());
            String nextCursor = Unset.blankAsNull(p.nextPageCursor());
            if (p.list().size() < limit || nextCursor == null) {
                return CompletableFuture.completedFuture(rows);
            }
            if (pageNumber >= MAX_PAGES) {
                throw ToolException.policyRejected("the account has more than " + MAX_PAGES * limit + " "
                        + scope.category() + " entries; it cannot be valued for the leverage check")
                        .withFix("cancel resting orders, or send reduce_only orders");
            }
            return next(scope, limit, page, nextCursor, rows, pageNumber + 1);
        });
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (RuntimeException e) {
            Throwable cause = Completions.unwrap(e);
            throw cause instanceof RuntimeException r ? r : e;
        }
    }
}
