package io.cerbero.mcp.core.analytics.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** ATM implied volatility per expiry (OTM smile interpolated at each expiry's forward, flat beyond the quoted strikes). */
public final class TermStructure {

    private TermStructure() {
    }

    public static TermStructureResult of(List<OptionQuote> quotes, Underlying u) {
        Chains.requireNonEmpty(quotes);
        // group on expiry rounded to ~1 second so float noise in "years" does not split an expiry
        TreeMap<Long, List<OptionQuote>> byExpiry = new TreeMap<>();
        for (OptionQuote q : quotes) {
            byExpiry.computeIfAbsent(Math.round(q.yearsToExpiry() * 31_557_600.0), k -> new ArrayList<>()).add(q);
        }
        List<TermPoint> points = new ArrayList<>();
        for (Map.Entry<Long, List<OptionQuote>> e : byExpiry.entrySet()) {
            double years = e.getValue().get(0).yearsToExpiry();
            points.add(new TermPoint(years, Chains.atmIv(e.getValue(), u, years)));
        }
        TermPoint first = points.get(0);
        TermPoint last = points.get(points.size() - 1);
        double slope = points.size() < 2 ? 0 : (last.atmIv() - first.atmIv()) / (last.years() - first.years());
        return new TermStructureResult(List.copyOf(points), slope, last.atmIv() > first.atmIv());
    }
}
