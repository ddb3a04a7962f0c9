/**
 * The unified market and account model: the records every trading plugin answers its unified tools with, so a
 * bot switches venue by changing the path alone ({@code /mcp-bybit/tools/get_ticker} →
 * {@code /mcp-deribit/tools/get_ticker}).
 *
 * <p>Conventions, the same in every record:
 * <ul>
 *   <li>money and sizes are {@link java.math.BigDecimal}, serialised as JSON numbers, never through {@code double};</li>
 *   <li>"not set" is {@code null} (absent in the JSON), never zero: a venue's {@code "0"} or {@code ""} placeholder
 *       becomes null through {@link io.cerbero.mcp.core.model.Unset}, since 0 is a price a bot could act on;</li>
 *   <li>every size says what it counts ({@link io.cerbero.mcp.core.model.SizeUnit}) and every price what it is
 *       quoted in ({@code price_currency});</li>
 *   <li>rates are fractions ({@code 0.0001} is 0.01 %), times are ISO-8601 UTC instants;</li>
 *   <li>a venue's extra fields go in one {@code venue_specific} object, never among the unified fields.</li>
 * </ul>
 * {@link io.cerbero.mcp.core.model.UnifiedTool} names the unified tools and the output type each must declare.
 * {@code docs/unified-model.md} maps each venue into the model.
 */
package io.cerbero.mcp.core.model;
