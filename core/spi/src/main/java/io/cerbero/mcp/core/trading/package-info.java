/**
 * Venue-independent helpers for trading plugins, so every plugin applies the design's safety rules the same way.
 * Framework-free and stateless; everything is {@link java.math.BigDecimal}, never {@code double}.
 *
 * <ul>
 *   <li>{@link io.cerbero.mcp.core.trading.Side} and {@link io.cerbero.mcp.core.trading.OrderType}: the tool-facing
 *       {@code side} ({@code buy}/{@code sell}) and {@code type} ({@code market}/{@code limit}); a plugin maps them to
 *       its venue's spelling in its {@code client/} code.</li>
 *   <li>{@link io.cerbero.mcp.core.trading.InstrumentRounding}: price to the tick (buy down, sell up), quantity down
 *       to the step, below the minimum refused, requested and rounded values side by side.</li>
 *   <li>{@link io.cerbero.mcp.core.trading.ClientOrderIds}: client order ids generated from the host clock and a
 *       random part, within a venue's length limit; validation of caller-given ids.</li>
 *   <li>{@link io.cerbero.mcp.core.trading.OrderPipeline}: the one order path of every venue (rounding, client
 *       order ids, the account-wide leverage cap, dry run, audit, unknown outcomes) for new orders
 *       ({@link io.cerbero.mcp.core.trading.OrderIntent}), changes of resting ones
 *       ({@link io.cerbero.mcp.core.trading.AmendIntent}: the account checked as it would be after the change) and
 *       cancels; a venue implements {@link io.cerbero.mcp.core.trading.OrderVenue}, reading only the margin account
 *       an {@link io.cerbero.mcp.core.trading.AccountScope} needs where it has several.</li>
 *   <li>{@link io.cerbero.mcp.core.trading.DryRunRequest}: what a write tool returns under {@code dry_run: true}:
 *       the exact venue request with secret headers replaced by {@code ***}.</li>
 * </ul>
 *
 * <p>Venue specifics stay in the plugin: signing, instrument metadata, how notional is valued (linear, inverse,
 * options), where equity and positions come from.
 */
package io.cerbero.mcp.core.trading;
