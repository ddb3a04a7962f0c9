package io.cerbero.mcp.core.analytics;

/**
 * Shared input validation for the analytics functions. Every check throws
 * {@link AnalyticsInputException} naming the parameter, so no NaN can leak out of a computation.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Non-null, at least {@code min} values, all finite. {@code what} names the computation for the message. */
    public static void requireSeries(String name, double[] values, int min, String what) {
        if (values == null) {
            throw new AnalyticsInputException(name, "must not be null");
        }
        if (values.length < min) {
            throw new AnalyticsInputException(name,
                    "need at least " + min + " values for " + what + ", got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new AnalyticsInputException(name, "value at index " + i + " is not finite (" + values[i] + ")");
            }
        }
    }

    /** As {@link #requireSeries} and every value strictly positive (prices, volatilities). */
    public static void requirePositiveSeries(String name, double[] values, int min, String what) {
        requireSeries(name, values, min, what);
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0) {
                throw new AnalyticsInputException(name, "value at index " + i + " must be > 0, got " + values[i]);
            }
        }
    }

    /** As {@link #requireSeries} and every value {@code >= 0} (sizes, open interest). */
    public static void requireNonNegativeSeries(String name, double[] values, int min, String what) {
        requireSeries(name, values, min, what);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new AnalyticsInputException(name, "value at index " + i + " must be >= 0, got " + values[i]);
            }
        }
    }

    public static void requireSameLength(String name, double[] values, String otherName, double[] other) {
        if (values.length != other.length) {
            throw new AnalyticsInputException(name, "length " + values.length + " differs from "
                    + otherName + " length " + other.length);
        }
    }

    public static void requirePeriod(String name, int period, int min) {
        if (period < min) {
            throw new AnalyticsInputException(name, "must be >= " + min + ", got " + period);
        }
    }

    public static double requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new AnalyticsInputException(name, "must be finite, got " + value);
        }
        return value;
    }

    public static double requirePositive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new AnalyticsInputException(name, "must be a finite number > 0, got " + value);
        }
        return value;
    }

    public static double requireNonNegative(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new AnalyticsInputException(name, "must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** Confidence level strictly inside (0, 1), e.g. 0.95. */
    public static double requireProbability(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new AnalyticsInputException(name, "must be strictly between 0 and 1, got " + value);
        }
        return value;
    }

    /** Throws when every value is identical: the statistic would divide by a zero dispersion. */
    public static void requireNotConstant(String name, double[] values, String what) {
        double first = values[0];
        for (double v : values) {
            if (v != first) {
                return;
            }
        }
        throw new AnalyticsInputException(name, "series is constant; " + what + " is undefined");
    }

    /** Last-resort guard: a computed result must be finite (never hand a NaN to a caller). */
    public static double finiteResult(String name, double value, String what) {
        if (!Double.isFinite(value)) {
            throw new AnalyticsInputException(name, what + " is not finite for these inputs");
        }
        return value;
    }

    /** Log returns ln(p[i]/p[i-1]) of a strictly positive price series (length n-1). */
    public static double[] logReturns(String name, double[] prices) {
        requirePositiveSeries(name, prices, 2, "log returns");
        double[] r = new double[prices.length - 1];
        for (int i = 1; i < prices.length; i++) {
            r[i - 1] = Math.log(prices[i] / prices[i - 1]);
        }
        return r;
    }
}
