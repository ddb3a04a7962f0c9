package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.core.trading.ClientOrderIdFormat;
import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.core.trading.OrderVenue;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.VenueAck;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * {@link AlpacaOrderVenue} seen by an order that replaces another ({@code amend_order}): the account is valued
 * without the replaced order, which the new one takes the place of, so core's leverage rule counts the amended
 * order once. Writes are not offered: the replace request is built by the tool.
 */
public final class AlpacaReplacingVenue implements OrderVenue<AlpacaOrderParams> {
    private final AlpacaOrderVenue venue;
    private final String replacedOrderId;

    public AlpacaReplacingVenue(AlpacaOrderVenue venue, String replacedOrderId) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.replacedOrderId = Objects.requireNonNull(replacedOrderId, "replacedOrderId");
    }

    @Override
    public ClientOrderIdFormat clientOrderIds() {
        return venue.clientOrderIds();
    }

    @Override
    public InstrumentRules rules(String symbol, AlpacaOrderParams params) {
        return venue.rules(symbol, params);
    }

    @Override
    public AccountSnapshot account() {
        return venue.snapshot(order -> !replacedOrderId.equals(order.id()));
    }

    @Override
    public BigDecimal referencePrice(InstrumentRules rules, AlpacaOrderParams params) {
        return venue.referencePrice(rules, params);
    }

    @Override
    public BigDecimal notional(PlannedOrder order, AlpacaOrderParams params) {
        return venue.notional(order, params);
    }

    @Override
    public UpstreamRequest prepare(PlannedOrder order, AlpacaOrderParams params) {
        throw new UnsupportedOperationException("amend_order builds its replace request itself");
    }

    @Override
    public UpstreamRequest prepareCancel(CancelIntent cancel, AlpacaOrderParams params) {
        throw new UnsupportedOperationException("amend_order cancels nothing");
    }

    @Override
    public Set<String> secretHeaders() {
        return venue.secretHeaders();
    }

    @Override
    public VenueAck submit(UpstreamRequest request) {
        return venue.submit(request);
    }
}
