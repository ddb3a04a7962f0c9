package io.cerbero.mcp.core.spi;

/**
 * Keys of {@link ToolException#details()} that mean the same thing in every plugin, so a bot can read
 * {@code details.venue_code} from any venue's error. Values are JSON-friendly (strings, numbers, booleans).
 *
 * <p>A plugin may add its own keys (snake_case); it should use these where the concept is the same.
 */
public final class ErrorDetails {
    /** The venue's own error code ({@code retCode} 110007, a JSON-RPC code, …), as a number where it is one. */
    public static final String VENUE_CODE = "venue_code";
    /** The venue's own error message, clipped and with any echoed secret replaced by {@code ***}. */
    public static final String VENUE_MESSAGE = "venue_message";
    /** The venue path that failed ({@code /v5/order/create}); never a full URL with a query. */
    public static final String ENDPOINT = "endpoint";
    /** The venue's HTTP status, when it alone explains the error. */
    public static final String HTTP_STATUS = "http_status";

    /** Leverage cap of the gateway (POLICY_REJECTED); the same key {@link RiskPolicy} uses. */
    public static final String MAX_LEVERAGE = "max_leverage";
    /** The leverage the refused action would have resulted in; the same key {@link RiskPolicy} uses. */
    public static final String REQUESTED_LEVERAGE = "requested_leverage";
    /** The leverage before the refused action. */
    public static final String CURRENT_LEVERAGE = "current_leverage";
    /** Account equity the leverage was computed on. */
    public static final String EQUITY = "equity";
    /** Signed notional of the current position (short negative). */
    public static final String POSITION_NOTIONAL = "position_notional";
    /** Notional the refused orders would have added. */
    public static final String ORDER_NOTIONAL = "order_notional";

    /** Quantity as the caller sent it (INVALID_INPUT after rounding). */
    public static final String REQUESTED_QTY = "requested_qty";
    /** Quantity after rounding down to the step. */
    public static final String ROUNDED_QTY = "rounded_qty";
    /** The instrument's minimum order quantity ({@code ""} when the venue gives none). */
    public static final String MIN_ORDER_QTY = "min_order_qty";

    /** The client order id of the write: given or generated; reconcile with it. */
    public static final String CLIENT_ORDER_ID = "client_order_id";
    /** What became of a write: {@value #OUTCOME_UNKNOWN}, {@value #OUTCOME_NOT_PLACED}. */
    public static final String OUTCOME = "outcome";
    /** The request may have reached the venue (timeout or dropped connection after sending). */
    public static final String OUTCOME_UNKNOWN = "unknown";
    /** After an unknown outcome, the venue was asked by client order id and knows no such order. */
    public static final String OUTCOME_NOT_PLACED = "not_placed";

    private ErrorDetails() {
    }
}
