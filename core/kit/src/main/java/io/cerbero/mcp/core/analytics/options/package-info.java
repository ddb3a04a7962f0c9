/**
 * Option pricing and chain analytics.
 *
 * <p><b>Arguments.</b> An option is an {@link io.cerbero.mcp.core.analytics.options.OptionContract} (right,
 * strike, years to expiry); its market an {@link io.cerbero.mcp.core.analytics.options.Underlying} (spot, rate,
 * yield) or a {@link io.cerbero.mcp.core.analytics.options.Forward} (Black-76: forward, rate); the volatility or
 * the option price is the one plain number beside them. A rate and a volatility therefore never stand side by
 * side in a parameter list, and cannot be swapped without a compile error.
 *
 * <p><b>Units.</b> {@link io.cerbero.mcp.core.analytics.options.Greeks} are in calculus units (vega per 1.00 of
 * vol, theta per year); tool outputs use {@link io.cerbero.mcp.core.analytics.options.DeskGreeks} (vega per vol
 * point, theta per calendar day) from {@code Greeks.toDeskUnits()}.
 *
 * <ul>
 *   <li>{@link io.cerbero.mcp.core.analytics.options.BlackScholes} (with continuous yield) and
 *   {@link io.cerbero.mcp.core.analytics.options.Black76}: closed-form prices and greeks (delta, gamma, vega,
 *   theta, vanna, charm), hand-written (a dozen lines of textbook formulas; no maintained Java library
 *   offers all of them without a heavy dependency). The normal cdf uses Hipparchus {@code Erf.erfc}.</li>
 *   <li>{@link io.cerbero.mcp.core.analytics.options.ImpliedVolatility}: Hipparchus
 *   {@code BracketingNthOrderBrentSolver} on the price, after a no-arbitrage bounds check.</li>
 *   <li>Chain analytics over {@link io.cerbero.mcp.core.analytics.options.OptionQuote} lists:
 *   {@link io.cerbero.mcp.core.analytics.options.Skew} (25-delta, OI-weighted, ATM vs wings / asymmetry),
 *   {@link io.cerbero.mcp.core.analytics.options.TermStructure},
 *   {@link io.cerbero.mcp.core.analytics.options.PutCallRatio},
 *   {@link io.cerbero.mcp.core.analytics.options.DealerGammaExposure} (by strike, spot-grid profile and
 *   zero-gamma flip), {@link io.cerbero.mcp.core.analytics.options.VannaCharmExposure},
 *   {@link io.cerbero.mcp.core.analytics.options.FindByDelta} and
 *   {@link io.cerbero.mcp.core.analytics.options.SpreadPayoff}. All hand-written: they are bookkeeping
 *   over the chain that no library provides. The gamma profile precomputes per-option constants so
 *   each (option, spot) pair is one fused multiply-add and one exp.</li>
 * </ul>
 * Dealer positioning convention (GEX, vanna, charm): dealers long calls, short puts.
 */
package io.cerbero.mcp.core.analytics.options;
