package io.cerbero.mcp.plugin.alpaca.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.plugin.alpaca.AlpacaErrors;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code cancel_all_orders}: DELETE /v2/orders. Alpaca answers HTTP 207 with one status per order: a partial
 * success is not an error, so the answer lists the orders whose cancel was accepted and, for each refused one, the
 * code it maps to (UPSTREAM_REJECTED for a venue 4xx, e.g. 404 already gone or 422 not cancelable) with the venue's
 * code and message. Sent once, never retried; dry_run returns the request instead.
 */
public final class AlpacaCancelAllOrdersTool implements Tool<AlpacaSession, AlpacaCancelAllOrdersTool.Input> {

    public record Input(
            @Schema(description = "return the request instead of sending it", example = "true") Boolean dryRun) {
        public Input {
            dryRun = dryRun != null && dryRun;
        }
    }

    /** One order the venue did not cancel. */
    public record Failure(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orderId,
            @Schema(description = "the gateway code the item maps to", requiredMode = Schema.RequiredMode.REQUIRED)
            String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
            @Schema(description = "the item's HTTP status at the venue") Integer httpStatus,
            @Schema(description = "the venue's own error code") Long venueCode) {
    }

    /**
     * @param status   {@code dry_run}, {@code cancel_requested} (every order) or {@code partial} (some refused)
     * @param canceled ids whose cancel the venue accepted
     * @param failed   orders the venue refused to cancel
     * @param request  dry run only: the exact request, keys redacted
     */
    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean dryRun,
                         List<String> canceled, List<Failure> failed, DryRunRequest request) {
    }

    @Override
    public String name() {
        return "cancel_all_orders";
    }

    @Override
    public String description() {
        return "Cancels every open Alpaca order; lists the ones canceled and, for the others, why not.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input(true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(AlpacaSession session, Input input, ToolCall call) {
        UpstreamRequest request = session.client().prepareCancelAllOrders();
        DryRunRequest shown = DryRunRequest.of(request, session.venue().secretHeaders());
        if (input.dryRun()) {
            return ToolResult.of(new Output("dry_run", true, null, null, shown));
        }
        session.pipeline().auditPrepared(call, name(), null, request);
        UpstreamResponse response = session.client().submit(request);
        List<String> canceled = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        List<JsonNode> items = response.body().isBlank() ? List.of()
                : session.client().readMultiStatus(response, request);
        for (JsonNode item : items) {
            String id = item.path("id").asText(null);
            int status = item.path("status").asInt(0);
            if (status >= 200 && status < 300) {
                canceled.add(id);
            } else {
                ToolException e = AlpacaErrors.item(status, item.get("body"), "order " + id, request);
                Object venueCode = e.details().get(ErrorDetails.VENUE_CODE);
                failed.add(new Failure(id, e.code().name(), e.getMessage(), status,
                        venueCode instanceof Long code ? code : null));
            }
        }
        return ToolResult.of(new Output(failed.isEmpty() ? "cancel_requested" : "partial", false, canceled, failed,
                null));
    }
}
