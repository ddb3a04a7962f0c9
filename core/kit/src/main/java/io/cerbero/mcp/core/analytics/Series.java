package io.cerbero.mcp.core.analytics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A computed series that knows which input bar each value belongs to: {@code values[k]} belongs to input bar
 * {@code firstBar + k}. Indicators drop their warm-up, so {@code firstBar} is the first bar with a defined value
 * (e.g. 19 for SMA(20)) and the last value belongs to the last input bar.
 *
 * <p>The array is the series' own (not copied, so the hot paths stay allocation-light): read it, do not write it.
 *
 * @param firstBar index in the input of the bar the first value belongs to
 * @param values   the defined values, oldest first; never empty
 */
public record Series(int firstBar, double[] values) {

    public Series {
        if (firstBar < 0) {
            throw new IllegalArgumentException("firstBar must be >= 0, got " + firstBar);
        }
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a series has at least one value");
        }
    }

    /** The value of the last input bar. */
    public double latest() {
        return values[values.length - 1];
    }

    /** The value of input bar {@code barIndex}; empty for a warm-up bar (before {@link #firstBar}) or past the end. */
    public OptionalDouble at(int barIndex) {
        int k = barIndex - firstBar;
        return k >= 0 && k < values.length ? OptionalDouble.of(values[k]) : OptionalDouble.empty();
    }

    /** Index of the input bar the last value belongs to (the last input bar). */
    public int lastBar() {
        return firstBar + values.length - 1;
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.firstBar == firstBar && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * firstBar + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Series[bars " + firstBar + ".." + lastBar() + ", latest=" + latest() + "]";
    }
}
