package io.cerbero.mcp.core.spi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception type of the SPI. Plugins map every venue or validation failure into it; the host turns it
 * into the error envelope. The message is shown to the caller, so it must never contain a secret.
 *
 * <p>Immutable: the {@code with…} methods return a copy.
 */
public final class ToolException extends RuntimeException {
    private final ErrorCode code;
    private final boolean retryable;
    private final String suggestedFix;
    private final Map<String, Object> details;
    private final Duration retryAfter;

    private ToolException(ErrorCode code, String message, boolean retryable, String suggestedFix,
                          Map<String, Object> details, Duration retryAfter, Throwable cause) {
        super(message, cause, false, cause != null);
        this.code = Objects.requireNonNull(code, "code");
        this.retryable = retryable;
        this.suggestedFix = suggestedFix;
        // insertion order, so the envelope lists details in the order the plugin added them
        this.details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        this.retryAfter = retryAfter;
    }

    public static ToolException of(ErrorCode code, String message) {
        boolean retryable = switch (code) {
            case UPSTREAM_ERROR, UPSTREAM_TIMEOUT, RATE_LIMIT -> true;
            default -> false;
        };
        return new ToolException(code, message, retryable, null, Map.of(), null, null);
    }

    public static ToolException invalidInput(String message) {
        return of(ErrorCode.INVALID_INPUT, message);
    }

    public static ToolException policyRejected(String message) {
        return of(ErrorCode.POLICY_REJECTED, message);
    }

    public static ToolException notConfigured(String message) {
        return of(ErrorCode.NOT_CONFIGURED, message);
    }

    public static ToolException upstreamRejected(String message) {
        return of(ErrorCode.UPSTREAM_REJECTED, message);
    }

    public static ToolException upstreamError(String message) {
        return of(ErrorCode.UPSTREAM_ERROR, message);
    }

    public ToolException withFix(String fix) {
        return new ToolException(code, getMessage(), retryable, fix, details, retryAfter, getCause());
    }

    public ToolException withRetryable(boolean value) {
        return new ToolException(code, getMessage(), value, suggestedFix, details, retryAfter, getCause());
    }

    public ToolException withRetryAfter(Duration value) {
        return new ToolException(code, getMessage(), retryable, suggestedFix, details, value, getCause());
    }

    public ToolException withCause(Throwable cause) {
        return new ToolException(code, getMessage(), retryable, suggestedFix, details, retryAfter, cause);
    }

    /**
     * Adds one detail; values must be JSON-friendly (strings, numbers, booleans, lists, maps). A {@code null} value
     * means "no value" and is omitted from the details (removing an earlier value of that key), so a plugin can pass
     * an optional venue field straight through; the key itself must not be null.
     */
    public ToolException withDetail(String key, Object value) {
        Objects.requireNonNull(key, "detail key");
        Map<String, Object> copy = new LinkedHashMap<>(details);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new ToolException(code, getMessage(), retryable, suggestedFix, copy, retryAfter, getCause());
    }

    public ErrorCode code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<String> suggestedFix() {
        return Optional.ofNullable(suggestedFix);
    }

    public Map<String, Object> details() {
        return details;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "ToolException[" + code + ": " + getMessage() + "]";
    }
}
