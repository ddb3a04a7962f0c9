package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.InstrumentRounding;
import io.cerbero.mcp.core.trading.LeverageCheck;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Position;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Wallet;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Ticker;
import io.cerbero.mcp.plugin.bybit.client.BybitOrderRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns caller orders into venue orders and checks them against the gateway's policy, before anything is sent.
 * Shared by {@code place_order} and {@code place_batch_order}, so one order and a batch follow the same rules.
 *
 * <p><b>Rounding</b> ({@link InstrumentRounding} from core): price to the tick, buy down and sell up; qty down to the
 * step; a qty
 * that rounds below {@code minOrderQty}, or above {@code maxOrderQty}, or a limit order under the minimum notional
 * is INVALID_INPUT.
 *
 * <p><b>Leverage</b> (cap {@code BYBIT_MAX_LEVERAGE}, from {@code context.risk()}; math and rule in core's
 * {@link LeverageCheck}): per symbol,
 * {@code resulting = worst case |position notional ± order notional| / account equity}, where the worst case
 * assumes every non-reduce-only order of the call fills (all buys, or all sells). Notional is qty × price for
 * linear, spot and options (quote currency taken as USD) and qty itself for inverse (USD contracts); the order's
 * price is its limit price or, for market orders, the mark price (last price for spot). Equity is
 * {@code totalEquity} of the UNIFIED wallet. An order is refused with POLICY_REJECTED when the resulting leverage is
 * above the cap <i>and</i> above the current one, so orders that reduce exposure are always allowed; reduce-only
 * orders are not checked. To compute this the planner GETs the wallet, the position and (market orders) the
 * ticker; no order is POSTed before the check passes. Options are checked on premium notional only, which
 * understates the risk of selling them.
 */
final class BybitOrderPlanner {
    private BybitOrderPlanner() {
    }

    /** One order after rounding, with what the caller asked for beside it. */
    record Planned(int index, BybitOrderInput input, Instrument instrument, BybitOrderRequest request) {
        BigDecimal qty() {
            return request.qty();
        }

        BigDecimal price() {
            return request.price();
        }
    }

    /** Rounds and checks one order against its instrument. {@code label} prefixes messages ("orders[2]: "). */
    static Planned plan(BybitSession session, BybitCategory category, int index, BybitOrderInput in, String label) {
        Instrument instrument;
        try {
            instrument = session.instruments().get(category, in.symbol());
        } catch (ToolException e) {
            throw e.code() == io.cerbero.mcp.core.spi.ErrorCode.INVALID_INPUT ? relabel(e, label) : e;
        }
        if (!instrument.isTrading()) {
            throw ToolException.invalidInput(label + in.symbol() + " is not trading (status " + instrument.status() + ")");
        }
        var lot = instrument.lotSizeFilter();
        BigDecimal minQty = lot == null ? null : lot.minOrderQty();
        BigDecimal qty = InstrumentRounding.roundQty(in.qty(), instrument.qtyStep(), minQty, label + in.symbol())
                .rounded();
        BigDecimal maxQty = lot == null ? null : lot.maxOrderQty();
        if (maxQty != null && qty.compareTo(maxQty) > 0) {
            throw ToolException.invalidInput(label + "qty " + qty.toPlainString() + " is above the maximum "
                    + maxQty.toPlainString() + " of " + in.symbol());
        }
        BigDecimal price = null;
        if (in.price() != null) {
            price = InstrumentRounding.priceToTick(in.price(), instrument.tickSize(), in.side());
            var filter = instrument.priceFilter();
            if (price.signum() <= 0 || (filter != null && filter.minPrice() != null && price.compareTo(filter.minPrice()) < 0)
                    || (filter != null && filter.maxPrice() != null && filter.maxPrice().signum() > 0
                    && price.compareTo(filter.maxPrice()) > 0)) {
                throw ToolException.invalidInput(label + "price " + in.price().toPlainString() + " rounds to "
                        + price.toPlainString() + ", outside the allowed range of " + in.symbol());
            }
            BigDecimal minNotional = instrument.minNotional();
            BigDecimal notional = category == BybitCategory.inverse ? qty : qty.multiply(price);
            if (minNotional != null && category != BybitCategory.inverse && notional.compareTo(minNotional) < 0) {
                throw ToolException.invalidInput(label + "order value " + notional.stripTrailingZeros().toPlainString()
                        + " is below the minimum " + minNotional.toPlainString() + " of " + in.symbol());
            }
        }
        String timeInForce = in.type() == OrderType.limit ? (in.postOnly() ? "PostOnly" : "GTC") : null;
        String linkId = BybitOrderRequest.ORDER_LINK_IDS.givenOrGenerate(in.clientOrderId(), session.clock(),
                session.random());
        BybitOrderRequest request = new BybitOrderRequest(category, in.symbol(), BybitOrderRequest.venueSide(in.side()),
                BybitOrderRequest.venueOrderType(in.type()), qty, price, timeInForce, linkId, in.reduceOnly());
        return new Planned(index, in, instrument, request);
    }

    /**
     * Applies the leverage cap to every symbol of the call.
     *
     * @return the checks made (empty when every order is reduce-only)
     * @throws ToolException POLICY_REJECTED when a symbol would end above the cap and above its current leverage
     */
    static List<LeverageCheck> checkLeverage(BybitSession session, BybitCategory category, List<Planned> orders) {
        Map<String, List<Planned>> bySymbol = new LinkedHashMap<>();
        for (Planned p : orders) {
            if (!p.request().reduceOnly()) {
                bySymbol.computeIfAbsent(p.request().symbol(), s -> new ArrayList<>()).add(p);
            }
        }
        if (bySymbol.isEmpty()) {
            return List.of();
        }
        BigDecimal cap = session.context().risk().maxLeverage();
        BigDecimal equity = equity(session);
        List<LeverageCheck> checks = new ArrayList<>();
        for (Map.Entry<String, List<Planned>> entry : bySymbol.entrySet()) {
            checks.add(checkSymbol(session, category, entry.getKey(), entry.getValue(), equity, cap)
                    .enforce(session.context().risk(), "lower the size, or raise BYBIT_MAX_LEVERAGE"));
        }
        return checks;
    }

    private static LeverageCheck checkSymbol(BybitSession session, BybitCategory category, String symbol,
                                             List<Planned> orders, BigDecimal equity, BigDecimal cap) {
        BigDecimal positionSize = BigDecimal.ZERO;
        BigDecimal positionMark = null;
        if (category.isDerivative()) {
            for (Position p : session.client().positions(category, symbol, null).requireResult().list()) {
                if (symbol.equals(p.symbol())) {
                    positionSize = positionSize.add(p.signedSize());
                    positionMark = p.markPrice() != null && p.markPrice().signum() > 0 ? p.markPrice() : positionMark;
                }
            }
        }
        BigDecimal reference = null;
        boolean needReference = orders.stream().anyMatch(o -> o.price() == null)
                || (positionSize.signum() != 0 && positionMark == null);
        if (needReference) {
            reference = referencePrice(session, category, symbol);
        }
        BigDecimal mark = positionMark != null ? positionMark : reference;
        BigDecimal positionNotional = positionSize.signum() == 0 ? BigDecimal.ZERO
                : notional(category, positionSize, mark);
        BigDecimal buys = BigDecimal.ZERO;
        BigDecimal sells = BigDecimal.ZERO;
        for (Planned o : orders) {
            BigDecimal n = notional(category, o.qty(), o.price() != null ? o.price() : reference);
            if (o.input().side() == Side.buy) {
                buys = buys.add(n);
            } else {
                sells = sells.add(n);
            }
        }
        return LeverageCheck.worstCase(symbol, equity, positionNotional, buys, sells, cap);
    }

    private static BigDecimal equity(BybitSession session) {
        List<Wallet> wallets = session.client().walletBalance("UNIFIED", null).requireResult().list();
        BigDecimal equity = wallets.isEmpty() ? null : wallets.get(0).totalEquity();
        if (equity == null || equity.signum() <= 0) {
            throw ToolException.policyRejected("account equity is " + plain(equity)
                    + "; no order that adds exposure can pass the leverage cap")
                    .withFix("fund the UNIFIED account, or send reduce_only orders");
        }
        return equity;
    }

    private static BigDecimal referencePrice(BybitSession session, BybitCategory category, String symbol) {
        Ticker ticker = BybitGetBasisTool.one(session.client().tickers(category, symbol, null), category, symbol);
        BigDecimal price = category == BybitCategory.spot ? ticker.lastPrice()
                : (ticker.markPrice() != null ? ticker.markPrice() : ticker.lastPrice());
        if (price == null || price.signum() <= 0) {
            throw ToolException.upstreamError("no usable reference price for " + symbol + " to check leverage");
        }
        return price;
    }

    private static BigDecimal notional(BybitCategory category, BigDecimal qty, BigDecimal price) {
        return category == BybitCategory.inverse ? qty : qty.multiply(price);
    }

    private static ToolException relabel(ToolException e, String label) {
        return label.isEmpty() ? e : ToolException.invalidInput(label + e.getMessage())
                .withFix(e.suggestedFix().orElse("check the symbol and category with get_instruments"));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
