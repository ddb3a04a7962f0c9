package io.cerbero.mcp.plugin.deribit.client;

import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.ToolException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Deribit instrument name says about the instrument, without a venue call (the units trap):
 * <ul>
 *   <li>{@code BTC-PERPETUAL}, {@code BTC-27DEC24}: inverse (coin-settled) perpetual / future; amounts in
 *       <b>USD</b>, prices in USD;</li>
 *   <li>{@code BTC-27DEC24-100000-C}: inverse option; amounts in the <b>coin</b>, prices in the <b>coin</b>;</li>
 *   <li>{@code BTC_USDC-PERPETUAL}, {@code XRP_USDC-27DEC24-2d5-C}: linear (USDC-settled); amounts in the coin,
 *       prices in USDC;</li>
 *   <li>{@code BTC_USDC}: spot; amounts in the coin, prices in the quote.</li>
 * </ul>
 * Order rules still come from {@code public/get_instruments} (the cache); this is for presenting market data.
 *
 * @param name       the instrument name as given
 * @param base       the coin ({@code BTC})
 * @param quote      the currency prices are in: USD (inverse futures), the coin (inverse options), USDC …
 * @param settlement the currency the instrument settles in, which is the account it belongs to
 * @param kind       perpetual, future, option or spot
 * @param inverse    whether amounts are USD contracts (inverse perpetuals and futures)
 */
public record DeribitSymbol(String name, String base, String quote, String settlement, InstrumentKind kind,
                            boolean inverse) {
    private static final Pattern NAME = Pattern.compile(
            "([A-Z0-9]+)(?:_([A-Z0-9]+))?(?:-([A-Z0-9]+))?(?:-([0-9a-z]+)-([CP]))?");

    /**
     * @throws ToolException INVALID_INPUT when the name is not shaped like a Deribit instrument
     */
    public static DeribitSymbol parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw ToolException.invalidInput("'" + name + "' is not a Deribit instrument name (BTC-PERPETUAL, "
                    + "BTC-27DEC24, BTC-27DEC24-100000-C, BTC_USDC-PERPETUAL, BTC_USDC)");
        }
        String base = m.group(1);
        String linearQuote = m.group(2);
        String expiry = m.group(3);
        boolean option = m.group(5) != null;
        if (expiry == null && linearQuote == null) {
            throw ToolException.invalidInput("'" + name + "' is not a Deribit instrument name: a coin alone is a "
                    + "currency; name an instrument such as " + base + "-PERPETUAL");
        }
        InstrumentKind kind = option ? InstrumentKind.option : expiry == null ? InstrumentKind.spot
                : expiry.equals("PERPETUAL") ? InstrumentKind.perpetual : InstrumentKind.future;
        if (linearQuote != null) {
            return new DeribitSymbol(name, base, linearQuote, linearQuote, kind, false);
        }
        return option ? new DeribitSymbol(name, base, base, base, kind, false)
                : new DeribitSymbol(name, base, "USD", base, kind, true);
    }

    /** What order amounts, book sizes and open interest count on this instrument. */
    public SizeUnit sizeUnit() {
        return inverse ? SizeUnit.quote : SizeUnit.base;
    }

    /** The currency whose instruments list contains this one ({@code get_instruments?currency=…}). */
    public String listingCurrency() {
        return settlement;
    }

    /** Deribit's index of the base coin against USD, e.g. {@code btc_usd}. */
    public String usdIndex() {
        return usdIndexOf(base);
    }

    /** Deribit's USD index of a coin: {@code BTC} → {@code btc_usd}. */
    public static String usdIndexOf(String coin) {
        return coin.toLowerCase(Locale.ROOT) + "_usd";
    }
}
