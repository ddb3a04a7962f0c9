package io.cerbero.mcp.plugin.bybit.unified;

import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitInstrumentCache;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Bybit's sizes count and what its prices are quoted in. Sizes: base coin for linear, spot and options; USD
 * contracts (the quote) for inverse. Currencies come from the instrument when the session has loaded it, otherwise
 * from the symbol's spelling (never a venue call, so the non-blocking ticker stays non-blocking); null when neither
 * says.
 */
public final class BybitUnits {
    /** Spot quote coins, longest first so that "USDT" wins over "DT"-like suffixes. */
    private static final List<String> SPOT_QUOTES = List.of("USDT", "USDC", "USDE", "EUR", "BRL", "TRY", "DAI",
            "BTC", "ETH", "MNT");
    /** USDC-settled dated futures are spelled {@code BTC-27JUN25}. */
    private static final Pattern USDC_FUTURE = Pattern.compile("[A-Z0-9]+-\\d{1,2}[A-Z]{3}\\d{2}");

    private BybitUnits() {
    }

    /** What order qty, positions, book levels and volumes count in this category. */
    public static SizeUnit sizeUnit(BybitCategory category) {
        return category == BybitCategory.inverse ? SizeUnit.quote : SizeUnit.base;
    }

    /** The kind of an instrument: perpetual or future from {@code contractType}, else the category's. */
    public static InstrumentKind kind(BybitCategory category, String contractType) {
        return switch (category) {
            case spot -> InstrumentKind.spot;
            case option -> InstrumentKind.option;
            case linear, inverse -> contractType != null && contractType.endsWith("Futures") ? InstrumentKind.future
                    : InstrumentKind.perpetual;
        };
    }

    /** The currency prices of {@code symbol} are quoted in. */
    public static String quoteCurrency(BybitInstrumentCache cache, BybitCategory category, String symbol) {
        Optional<String> known = cache.peek(category, symbol).map(Instrument::quoteCoin);
        return known.filter(q -> !q.isBlank()).orElseGet(() -> quoteFromSymbol(category, symbol));
    }

    /** The currency a position's value and PnL are in: the settle coin (the base coin for inverse). */
    public static String settleCurrency(BybitInstrumentCache cache, BybitCategory category, String symbol) {
        Optional<String> known = cache.peek(category, symbol).map(Instrument::settleCoin);
        if (known.isPresent() && !known.get().isBlank()) {
            return known.get();
        }
        if (category == BybitCategory.inverse) {
            int usd = symbol.indexOf("USD");
            return usd > 0 ? symbol.substring(0, usd) : null;
        }
        return quoteFromSymbol(category, symbol);
    }

    static String quoteFromSymbol(BybitCategory category, String symbol) {
        return switch (category) {
            case inverse -> "USD";
            case option -> symbol.endsWith("-USDT") ? "USDT" : "USDC";
            case linear -> symbol.contains("USDT") ? "USDT"
                    : symbol.endsWith("PERP") || symbol.contains("USDC") || USDC_FUTURE.matcher(symbol).matches()
                    ? "USDC" : null;
            case spot -> SPOT_QUOTES.stream().filter(q -> symbol.length() > q.length() && symbol.endsWith(q))
                    .findFirst().orElse(null);
        };
    }
}
