package io.cerbero.mcp.core.analytics.options;

import java.util.List;

/**
 * ATM term structure sorted by expiry. {@code slope = (last.atmIv - first.atmIv) / (last.years - first.years)}
 * (0 for a single expiry); {@code contango} is true when the back ATM vol is above the front.
 */
public record TermStructureResult(List<TermPoint> points, double slope, boolean contango) {
}
