package io.cerbero.mcp.core.support;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Objects;

/**
 * Why one source of a {@link FanOut} gave no answer.
 *
 * @param reason    {@value #TIMEOUT} when the fan-out's deadline passed first; otherwise the {@link ErrorCode} name
 *                  of the source's {@link ToolException} ({@code UPSTREAM_ERROR}, {@code RATE_LIMIT},
 *                  {@code NOT_CONFIGURED} ...), or {@value #ERROR} for any other failure
 * @param message   short and safe to show: the ToolException's message (which never carries a secret) or the
 *                  failure's class name
 * @param retryable whether asking again may help
 */
public record SourceFailure(
        @Schema(description = "timeout (the deadline passed first), an error code such as UPSTREAM_ERROR or "
                + "RATE_LIMIT, or error", example = "timeout", requiredMode = Schema.RequiredMode.REQUIRED)
        String reason,
        @Schema(description = "what went wrong, in a few words", requiredMode = Schema.RequiredMode.REQUIRED)
        String message,
        @Schema(description = "whether asking again may help") boolean retryable) {

    /** The deadline passed before the source answered. */
    public static final String TIMEOUT = "timeout";
    /** A failure that was not a {@link ToolException}. */
    public static final String ERROR = "error";

    public SourceFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The deadline passed first. */
    public static SourceFailure timeout(String deadlineText) {
        return new SourceFailure(TIMEOUT, "no answer within " + deadlineText, true);
    }

    /** A source's failure as a short, secret-free reason. */
    public static SourceFailure of(Throwable failure) {
        if (failure instanceof ToolException e) {
            return new SourceFailure(e.code().name(), e.getMessage(), e.retryable());
        }
        return new SourceFailure(ERROR, "failed: " + failure.getClass().getSimpleName(), false);
    }

    /** True for a failure of this error code. */
    public boolean is(ErrorCode code) {
        return code.name().equals(reason);
    }
}
