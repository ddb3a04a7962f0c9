package io.cerbero.mcp.core.analytics;

/**
 * Thrown by every analytics function when its inputs cannot produce a finite, meaningful result
 * (too short, empty, NaN or infinite values, non-positive prices, constant series where the
 * statistic is undefined, ...). The host maps it to 422 INVALID_INPUT.
 */
public class AnalyticsInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public AnalyticsInputException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** Name of the offending input parameter, e.g. {@code "closes"}. */
    public String parameter() {
        return parameter;
    }
}
