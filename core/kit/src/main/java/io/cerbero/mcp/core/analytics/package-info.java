/**
 * Quantitative analytics the plugins' tools are built on: pure, framework-free functions over
 * {@code double[]} series returning small immutable records.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Errors.</b> Every public function validates its inputs and throws
 *   {@link io.cerbero.mcp.core.analytics.AnalyticsInputException} (mapped to 422 INVALID_INPUT by the
 *   host) for empty/too-short/NaN/infinite input, non-positive prices, or a constant series where the
 *   statistic is undefined. No result ever contains NaN or infinity; an absent value (e.g. no
 *   zero-gamma flip in the grid, an unbounded max profit) is an empty {@code OptionalDouble}.</li>
 *   <li><b>Warm-up.</b> Indicators and rolling statistics return a {@link io.cerbero.mcp.core.analytics.Series}:
 *   only defined values, with {@code firstBar}, the input bar the first value belongs to; the last value
 *   belongs to the last input bar ({@code latest()}), and {@code at(bar)} reads any bar. Each function
 *   documents its first bar.</li>
 *   <li><b>Units.</b> Returns are log returns unless stated; volatility is annualised with a
 *   caller-supplied periods-per-year; option time is in years and rates are continuously compounded;
 *   option greeks are per 1.00 of vol and per year, and {@code Greeks.toDeskUnits()} gives the per-vol-point,
 *   per-day figures tools answer with.</li>
 *   <li><b>Named arguments.</b> Option pricing takes its inputs as small records ({@code OptionContract},
 *   {@code Underlying}, {@code Forward}) plus the one volatility or price, not as a row of doubles a caller
 *   could swap (a rate for a volatility, a forward for a strike).</li>
 * </ul>
 *
 * <p>Sub-packages: {@code indicators}, {@code volatility}, {@code stats}, {@code risk},
 * {@code microstructure}, {@code options}. Each {@code package-info} says what comes from Hipparchus and
 * what is hand-written and why. Reference values used by the tests come from an independent
 * implementation (numpy/scipy/statsmodels/pandas, see {@code src/test/resources/analytics/generate_reference.py})
 * or from published worked examples (Hull).
 */
package io.cerbero.mcp.core.analytics;
