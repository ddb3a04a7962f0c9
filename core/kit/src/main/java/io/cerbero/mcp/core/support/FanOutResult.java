package io.cerbero.mcp.core.support;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a {@link FanOut} gathered: every source asked is in exactly one of the two maps, both in the order the
 * sources were given. Immutable.
 *
 * @param answered the sources that answered before the deadline, with their value
 * @param failed   the sources that failed or were still running at the deadline, with the reason
 * @param <K>      the source key (a venue enum, a provider name)
 * @param <V>      what each source answers
 */
public record FanOutResult<K, V>(Map<K, V> answered, Map<K, SourceFailure> failed) {

    public FanOutResult {
        answered = Collections.unmodifiableMap(new LinkedHashMap<>(answered));
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }

    /** True when no source answered. */
    public boolean noneAnswered() {
        return answered.isEmpty();
    }

    /** The answers and failures as a tool reports them, each source named by {@code name}. */
    public SourceReport report(Function<? super K, String> name) {
        List<String> answeredNames = answered.keySet().stream().map(name).collect(Collectors.toList());
        List<SourceReport.Failed> failures = new ArrayList<>();
        failed.forEach((key, failure) -> failures.add(new SourceReport.Failed(name.apply(key), failure.reason(),
                failure.message(), failure.retryable())));
        return new SourceReport(answeredNames, failures);
    }

    /**
     * This result when at least one source answered; otherwise the failure of the whole call, so "one source down
     * never fails the call" holds while "every source down" still fails clearly. The code is
     * {@code UPSTREAM_TIMEOUT} when every source timed out, the sources' common code when they all failed alike
     * (NOT_CONFIGURED, RATE_LIMIT ...), and {@code UPSTREAM_ERROR} otherwise; {@code details.sources} lists each
     * source's reason.
     *
     * @param what what the call was gathering, for the message: {@code "funding rates"}
     */
    public FanOutResult<K, V> requireAnswered(String what, Function<? super K, String> name) {
        if (!answered.isEmpty()) {
            return this;
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        failed.forEach((key, failure) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("source", name.apply(key));
            entry.put("reason", failure.reason());
            entry.put("message", failure.message());
            sources.add(entry);
        });
        String summary = failed.entrySet().stream()
                .map(e -> name.apply(e.getKey()) + ": " + e.getValue().reason())
                .collect(Collectors.joining(", "));
        ToolException e = ToolException.of(commonCode(), "no source answered for " + what
                        + (summary.isEmpty() ? "" : " (" + summary + ")"))
                .withRetryable(failed.values().stream().anyMatch(SourceFailure::retryable))
                .withDetail("sources", sources);
        throw e;
    }

    private ErrorCode commonCode() {
        List<String> reasons = failed.values().stream().map(SourceFailure::reason).distinct().toList();
        if (reasons.size() != 1) {
            return ErrorCode.UPSTREAM_ERROR;
        }
        String reason = reasons.get(0);
        if (SourceFailure.TIMEOUT.equals(reason)) {
            return ErrorCode.UPSTREAM_TIMEOUT;
        }
        for (ErrorCode code : ErrorCode.values()) {
            if (code.name().equals(reason)) {
                return code;
            }
        }
        return ErrorCode.UPSTREAM_ERROR;
    }
}
