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
 *   <li><b>Warm-up.</b> Indicator outputs contain only defined values and are <i>trailing-aligned</i>:
 *   the last output value belongs to the last input bar, so output {@code k} belongs to input bar
 *   {@code k + (n - output.length)}. Each indicator documents its output length.</li>
 *   <li><b>Units.</b> Returns are log returns unless stated; volatility is annualised with a
 *   caller-supplied periods-per-year; option time is in years and rates are continuously compounded.</li>
 * </ul>
 *
 * <p>Sub-packages: {@code indicators}, {@code volatility}, {@code stats}, {@code risk},
 * {@code microstructure}, {@code options}. Each {@code package-info} says what comes from Hipparchus and
 * what is hand-written and why. Reference values used by the tests come from an independent
 * implementation (numpy/scipy/statsmodels/pandas, see {@code src/test/resources/analytics/generate_reference.py})
 * or from published worked examples (Hull).
 */
package io.cerbero.mcp.core.analytics;
