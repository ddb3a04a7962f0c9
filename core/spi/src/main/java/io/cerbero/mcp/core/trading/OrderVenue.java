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

    /** The price a market order is valued at for the leverage check (usually the mark price). */
    BigDecimal referencePrice(InstrumentRules rules, X params);

    /**
     * The notional the order adds, in {@link AccountSnapshot#currency()}. Default: {@link InstrumentRules#notional}
     * at the limit price, or for a market order at {@link #referencePrice}.
     */
    default BigDecimal notional(PlannedOrder order, X params) {
        BigDecimal price = order.sentPrice() != null ? order.sentPrice() : referencePrice(order.rules(), params);
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
}
