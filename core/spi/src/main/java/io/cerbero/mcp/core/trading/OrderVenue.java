package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A venue's side of core's {@link OrderPipeline}: only what differs between venues. The pipeline does the rest the
 * same way for every venue — rounding with the adjustment shown, client order ids, the account-wide leverage check,
 * dry run, audit detail, the unified answer and the reconciliation of an unknown outcome.
 *
 * <p>One instance per session (it holds the session's client and credentials). Threading: the pipeline calls it
 * from worker threads, one order at a time per session for {@link #prepare} and {@link #submit}; the read methods
 * may run concurrently. Errors: throw {@link io.cerbero.mcp.core.spi.ToolException} with the design's codes
 * (venue rejections as UPSTREAM_REJECTED with {@code venue_code}).
 *
 * @param <X> the venue's own order parameters beyond the uniform ones (a record: category, time in force, …); use
 *            {@link Void} when there are none
 */
public interface OrderVenue<X> {

    /** How the venue's client order ids look; the pipeline generates or checks the id with it. */
    ClientOrderIdFormat clientOrderIds();

    /**
     * The instrument's rules (cache them: this runs on every order).
     *
     * @throws io.cerbero.mcp.core.spi.ToolException INVALID_INPUT for an unknown symbol
     */
    InstrumentRules rules(String symbol, X params);

    /**
     * Equity and every position and resting order of the account, valued the venue's way (linear: qty × mark;
     * inverse: USD contracts in coin; options: premium or delta-equivalent — say which in the plugin README).
     */
    AccountSnapshot account();

    /**
     * The account as the leverage check of {@code scope}'s orders needs it: the pipeline calls this, never
     * {@link #account()} directly. Default: the whole account. A venue with separately margined accounts may read
     * only the one that backs the orders; {@link AccountScope} says what it may leave out.
     */
    default AccountSnapshot account(AccountScope<X> scope) {
        return account();
    }

    /** The price a market order is valued at for the leverage check (usually the mark price). */
    BigDecimal referencePrice(InstrumentRules rules, X params);

    /**
     * Whether {@link #notional} values this order at {@link #referencePrice}: then the pipeline asks for it once,
     * puts it in {@link PlannedOrder#referencePrice()} and hands that order to {@link #notional} and {@link #prepare}.
     * Default: an order without a limit price. Override to say no where the venue values without it (inverse
     * contracts counting USD), so no price is read for nothing.
     */
    default boolean valuesAtReferencePrice(PlannedOrder order, X params) {
        return order.sentPrice() == null;
    }

    /**
     * The notional the order adds, in {@link AccountSnapshot#currency()}. Default: {@link InstrumentRules#notional}
     * at the limit price, or for a market order at {@link PlannedOrder#referencePrice()} (else {@link #referencePrice}).
     */
    default BigDecimal notional(PlannedOrder order, X params) {
        BigDecimal price = order.sentPrice() != null ? order.sentPrice()
                : order.referencePrice() != null ? order.referencePrice() : referencePrice(order.rules(), params);
        return order.rules().notional(order.sentQty(), price);
    }

    /** The exact, signed request that places the order. Must not send anything. */
    UpstreamRequest prepare(PlannedOrder order, X params);

    /** The exact, signed request that cancels an order. Must not send anything. */
    UpstreamRequest prepareCancel(CancelIntent cancel, X params);

    /** Header names whose values a dry run shows as {@code ***} (keys, signatures, tokens). */
    Set<String> secretHeaders();

    /** Sends a prepared write once (never retried) and reads the venue's acknowledgement. */
    VenueAck submit(UpstreamRequest request);

    /**
     * Looks the order up by client order id after a send whose outcome is unknown. Default: the venue cannot be
     * asked.
     */
    default OrderLookup lookup(PlannedOrder order, X params) {
        return OrderLookup.unsupported();
    }

    // ---- amend: change a resting order. A venue that cannot leaves these defaults, which refuse with
    // AmendIntent.unsupported (INVALID_INPUT, reason amend_unsupported) before anything is read or sent.

    /**
     * The resting order {@code amend} changes, read from the venue (a read: allowed in a dry run).
     *
     * @throws io.cerbero.mcp.core.spi.ToolException INVALID_INPUT when the venue cannot amend, UPSTREAM_REJECTED
     *                                               when it knows no open order with that id
     */
    default RestingOrder restingOrder(AmendIntent amend, X params) {
        throw AmendIntent.unsupported(getClass().getSimpleName());
    }

    /** The exact, signed request that changes the order. Must not send anything. */
    default UpstreamRequest prepareAmend(PlannedAmend amend, X params) {
        throw AmendIntent.unsupported(getClass().getSimpleName());
    }

    /**
     * Whether the changed order gets a client order id of its own (Alpaca's replace creates a new order: true);
     * false when it keeps the one it had (Deribit's edit): then a caller-given id is refused.
     */
    default boolean amendSetsClientOrderId() {
        return false;
    }

    /**
     * The notional {@code order} holds in {@link #account} now, valued exactly as the snapshot values it, so the
     * pipeline can take it out before adding the changed order. Default: what is left to fill at its limit price,
     * else its trigger price, else {@link #referencePrice}.
     */
    default BigDecimal restingNotional(RestingOrder order, InstrumentRules rules, X params) {
        BigDecimal price = order.price() != null ? order.price()
                : order.triggerPrice() != null ? order.triggerPrice() : referencePrice(rules, params);
        return rules.notional(order.remainingQty(), price);
    }

    /**
     * After an amend whose outcome is unknown: whether the change took. FOUND (with the changed order) when the
     * venue shows it, NOT_FOUND only when the venue proves it did not; default: cannot be asked.
     */
    default OrderLookup lookupAmend(PlannedAmend amend, X params) {
        return OrderLookup.unsupported();
    }
}
