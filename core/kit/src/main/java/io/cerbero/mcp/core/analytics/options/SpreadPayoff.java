package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Expiry payoff of a multi-leg position. The payoff is piecewise linear with kinks at the strikes, so
 * breakevens and max profit/loss are solved exactly on the segments [0, K1], [K1, K2], ..., [Kn, inf)
 * rather than read off the grid.
 */
public final class SpreadPayoff {

    private SpreadPayoff() {
    }

    public static PayoffProfile evaluate(List<Leg> legs, double[] priceGrid) {
        if (legs == null || legs.isEmpty()) {
            throw new AnalyticsInputException("legs", "need at least one leg");
        }
        Inputs.requireNonNegativeSeries("priceGrid", priceGrid, 1, "a payoff profile");
        double[] profit = new double[priceGrid.length];
        for (int j = 0; j < priceGrid.length; j++) {
            profit[j] = total(legs, priceGrid[j]);
        }
        TreeSet<Double> kinkSet = new TreeSet<>();
        kinkSet.add(0.0);
        for (Leg l : legs) {
            if (l.kind() != Leg.Kind.UNDERLYING) {
                kinkSet.add(l.strike());
            }
        }
        double[] kinks = kinkSet.stream().mapToDouble(Double::doubleValue).toArray();
        double[] values = new double[kinks.length];
        for (int i = 0; i < kinks.length; i++) {
            values[i] = total(legs, kinks[i]);
        }
        double slopeRight = 0; // d(profit)/dS beyond the highest strike
        for (Leg l : legs) {
            if (l.kind() != Leg.Kind.PUT) {
                slopeRight += l.quantity();
            }
        }
        List<Double> breakevens = new ArrayList<>();
        for (int i = 1; i < kinks.length; i++) {
            double y0 = values[i - 1];
            double y1 = values[i];
            if (y0 == 0 && i == 1) {
                breakevens.add(kinks[0]);
            }
            if (y1 == 0) {
                breakevens.add(kinks[i]);
            } else if (y0 != 0 && (y0 < 0) != (y1 < 0)) {
                breakevens.add(kinks[i - 1] + (kinks[i] - kinks[i - 1]) * (-y0) / (y1 - y0));
            }
        }
        double yLast = values[values.length - 1];
        if (kinks.length == 1 && yLast == 0) {
            breakevens.add(0.0);
        }
        if (slopeRight != 0 && yLast != 0 && (yLast < 0) == (slopeRight > 0)) {
            breakevens.add(kinks[kinks.length - 1] - yLast / slopeRight);
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        OptionalDouble maxProfit = slopeRight > 0 ? OptionalDouble.empty() : OptionalDouble.of(max);
        OptionalDouble maxLoss = slopeRight < 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, -min));
        return new PayoffProfile(priceGrid.clone(), profit, List.copyOf(breakevens), maxProfit, maxLoss);
    }

    private static double total(List<Leg> legs, double s) {
        double p = 0;
        for (Leg l : legs) {
            p += l.payoff(s);
        }
        return p;
    }
}
