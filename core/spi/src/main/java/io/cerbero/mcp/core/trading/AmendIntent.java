package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change of a resting order as the caller asked for it: what a plugin's amend / replace / edit tool hands to
 * {@link OrderPipeline#amend}. Null means "keep the order's value". Venue-only changes (Alpaca's trail or time in
 * force) travel in the venue's parameters.
 *
 * @param orderId       the venue's id of the resting order
 * @param symbol        its instrument, where the venue needs it to find the order; may be null
 * @param qty           new total qty (rounded down to the step like a new order's)
 * @param price         new limit price
 * @param triggerPrice  new trigger price
 * @param postOnly      new maker-only flag
 * @param reduceOnly    new reduce-only flag (a reduce-only result skips the leverage check)
 * @param clientOrderId client order id of the changed order, where the venue gives it a new one
 *                      ({@link OrderVenue#amendSetsClientOrderId()}); null to generate one there
 * @param dryRun        round, check policy and return the request instead of sending it
 */
public record AmendIntent(String orderId, String symbol, BigDecimal qty, BigDecimal price, BigDecimal triggerPrice,
                          Boolean postOnly, Boolean reduceOnly, String clientOrderId, boolean dryRun) {
    /** The {@code reason} detail of a venue that cannot change a resting order. */
    public static final String UNSUPPORTED_REASON = "amend_unsupported";

    public AmendIntent {
        if (orderId == null || orderId.isBlank()) {
            throw ToolException.invalidInput("order_id is required");
        }
        positive(qty, "qty");
        positive(price, "price");
        positive(triggerPrice, "trigger_price");
    }

    /**
     * What a venue without amend answers (INVALID_INPUT with {@code reason: amend_unsupported}): the caller
     * cancels and places instead.
     */
    public static ToolException unsupported(String venue) {
        return ToolException.of(ErrorCode.INVALID_INPUT, venue + " cannot change a resting order")
                .withDetail("reason", UNSUPPORTED_REASON)
                .withFix("cancel the order with cancel_order, then place the new one with place_order");
    }

    private static void positive(BigDecimal value, String field) {
        if (value != null && value.signum() <= 0) {
            throw ToolException.invalidInput(field + " must be greater than 0, got " + value.toPlainString());
        }
    }
}
