package io.cerbero.mcp.core.support;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Objects;

/**
 * Which sources of a fan-out answered and which did not, as a tool puts it in its response, so every read-only
 * plugin reports partial answers the same way.
 *
 * @param answered the sources whose data the response contains, in the order they were asked
 * @param failed   the sources left out, each with its reason
 */
public record SourceReport(
        @Schema(description = "sources whose data is in this response", example = "[\"binance\", \"bybit\"]",
                requiredMode = Schema.RequiredMode.REQUIRED) List<String> answered,
        @Schema(description = "sources that did not answer in time or failed; their data is missing",
                requiredMode = Schema.RequiredMode.REQUIRED) List<Failed> failed) {

    public SourceReport {
        answered = List.copyOf(answered);
        failed = List.copyOf(failed);
    }

    /** One source that gave no answer. */
    public record Failed(
            @Schema(description = "the source", example = "okx", requiredMode = Schema.RequiredMode.REQUIRED)
            String source,
            @Schema(description = "timeout, an error code such as UPSTREAM_ERROR or RATE_LIMIT, or error",
                    example = "timeout", requiredMode = Schema.RequiredMode.REQUIRED) String reason,
            @Schema(description = "what went wrong, in a few words", requiredMode = Schema.RequiredMode.REQUIRED)
            String message,
            @Schema(description = "whether asking again may help") boolean retryable) {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
