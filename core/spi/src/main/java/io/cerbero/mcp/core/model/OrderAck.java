package io.cerbero.mcp.core.model;

import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.Side;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The unified answer of {@code place_order} and {@code cancel_order}: what the venue acknowledged, the caller's
 * values beside the rounded ones that were sent, the leverage check applied, and under {@code dry_run} the exact
 * request that would have been sent instead of sending it.
 */
@Schema(description = "acknowledgement of an order write")
public record OrderAck(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AckStatus status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean dryRun,
        @Schema(description = "the instrument; absent on a cancel by id where the venue does not say it") String symbol,
        @Schema(description = "the venue's order id (absent in a dry run)") String orderId,
        @Schema(description = "client order id sent with the order: given, or generated; reconcile with it")
        String clientOrderId,
        Side side,
        OrderKind type,
        @Schema(description = "qty as the caller sent it") BigDecimal requestedQty,
        @Schema(description = "qty as sent, rounded down to the step") BigDecimal qty,
        @Schema(description = "what qty counts") SizeUnit qtyUnit,
        @Schema(description = "price as the caller sent it") BigDecimal requestedPrice,
        @Schema(description = "price as sent, rounded to the tick never to a worse price (buy down, sell up)")
        BigDecimal price,
        @Schema(description = "the order as the venue acknowledged it, when it says more than its id") Order order,
        @Schema(description = "leverage check applied (place_order)") LeverageReport leverage,
        @Schema(description = "dry run only: the exact venue request, secrets redacted") DryRunRequest request,
        @Schema(description = "fields only this venue has") Map<String, Object> venueSpecific) {
}
