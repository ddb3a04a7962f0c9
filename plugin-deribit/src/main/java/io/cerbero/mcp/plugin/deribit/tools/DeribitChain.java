package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.options.Forward;
import io.cerbero.mcp.core.analytics.options.OptionContract;
import io.cerbero.mcp.core.analytics.options.OptionQuote;
import io.cerbero.mcp.core.analytics.options.OptionType;
import io.cerbero.mcp.core.analytics.options.Underlying;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitInstrumentCache;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.BookSummary;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Instrument;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * A currency's whole option chain from two venue calls, never one per instrument: {@code get_book_summary_by_currency}
 * (mark IV, open interest, volume and the forward of each expiry, no greeks) joined with the cached
 * {@code get_instruments} (strike, right, expiry). Greeks are then computed locally with Black-76 from mark IV on
 * each expiry's own forward (Deribit's {@code underlying_price}); rates are taken as 0, as Deribit's option
 * {@code interest_rate} is.
 *
 * @param currency the chain's coin
 * @param now      gateway clock, for time to expiry (365-day years)
 * @param index    the USD index (the summary's {@code estimated_delivery_price})
 * @param options  every live option with a mark IV, sorted by expiry then strike
 */
record DeribitChain(String currency, Instant now, double index, List<Option> options) {
    static final Pattern EXPIRY = Pattern.compile("[0-9]{1,2}[A-Z]{3}[0-9]{2}");

    /**
     * One option of the chain.
     *
     * @param expiryCode Deribit's expiry code in the name ({@code 31JAN25})
     * @param forward    the expiry's forward (USD)
     * @param markPrice  mark price in the coin
     */
    record Option(String symbol, String expiryCode, Instant expiry, double forward, BigDecimal markPrice,
                  OptionQuote quote) {
    }

    /** Loads the chain: at most two venue calls (the instrument listing is usually already cached). */
    static CompletableFuture<DeribitChain> load(DeribitSession session, String currency) {
        CompletableFuture<List<BookSummary>> summary = session.client().bookSummary(currency, "option")
                .thenApply(a -> a.result() == null ? List.of() : a.result());
        CompletableFuture<DeribitInstrumentCache.Listing> listing = session.instruments().listing(currency);
        Instant now = session.clock().instant();
        return summary.thenCombine(listing, (rows, instruments) -> of(currency, now, rows, instruments.byName()));
    }

    static DeribitChain of(String currency, Instant now, List<BookSummary> rows, Map<String, Instrument> instruments) {
        List<Option> options = new ArrayList<>();
        double index = Double.NaN;
        for (BookSummary row : rows) {
            Instrument i = instruments.get(row.instrumentName());
            if (i == null || !"option".equals(i.kind()) || i.strike() == null || i.expirationTimestamp() == null
                    || row.markIv() == null || row.markIv().signum() <= 0 || row.underlyingPrice() == null
                    || row.underlyingPrice().signum() <= 0) {
                continue;
            }
            Instant expiry = Instant.ofEpochMilli(i.expirationTimestamp());
            if (!expiry.isAfter(now)) {
                continue;
            }
            if (Double.isNaN(index) && row.estimatedDeliveryPrice() != null) {
                index = row.estimatedDeliveryPrice().doubleValue();
            }
            OptionType type = "put".equals(i.optionType()) ? OptionType.PUT : OptionType.CALL;
            OptionContract contract = new OptionContract(type, i.strike().doubleValue(),
                    OptionContract.yearsBetween(now, expiry));
            double oi = row.openInterest() == null ? 0 : Math.max(0, row.openInterest().doubleValue());
            double volume = row.volume() == null ? 0 : Math.max(0, row.volume().doubleValue());
            options.add(new Option(i.instrumentName(), i.instrumentName().split("-")[1], expiry,
                    row.underlyingPrice().doubleValue(), row.markPrice(),
                    new OptionQuote(contract, row.markIv().doubleValue() / 100, oi, volume)));
        }
        if (options.isEmpty()) {
            throw ToolException.invalidInput("Deribit lists no live " + currency + " options with a mark IV")
                    .withFix("option chains exist for BTC and ETH (and some USDC-settled coins)");
        }
        options.sort(Comparator.comparing(Option::expiry).thenComparingDouble(o -> o.quote().strike()));
        return new DeribitChain(currency, now, Double.isNaN(index) ? options.get(0).forward() : index,
                List.copyOf(options));
    }

    /** The expiry codes, nearest first. */
    List<String> expiries() {
        return options.stream().map(Option::expiryCode).distinct().toList();
    }

    /**
     * The options of one expiry: {@code code} ({@code 31JAN25}), or when null the nearest expiry at least a day
     * away (a same-day expiry's smile says little).
     */
    List<Option> expiry(String code) {
        String chosen = code != null ? code : options.stream()
                .filter(o -> o.expiry().isAfter(now.plus(Duration.ofDays(1)))).map(Option::expiryCode).findFirst()
                .orElse(options.get(0).expiryCode());
        List<Option> found = options.stream().filter(o -> o.expiryCode().equals(chosen)).toList();
        if (found.isEmpty()) {
            throw ToolException.invalidInput("no live " + currency + " options expire on " + code)
                    .withFix("live expiries: " + String.join(", ", expiries()));
        }
        return found;
    }

    /** All options, or one expiry's when {@code code} is given. */
    List<Option> select(String code) {
        return code == null ? options : expiry(code);
    }

    /** The market of one expiry for the chain analytics: its forward, rate 0 (Black-76). */
    static Underlying forwardOf(List<Option> expiry) {
        return new Forward(expiry.get(0).forward(), 0).asUnderlying();
    }

    /** One market for every expiry (dealer positioning): the index, basis between expiries ignored. */
    Underlying indexMarket() {
        return Underlying.ofSpot(index);
    }

    static List<OptionQuote> quotes(List<Option> options) {
        return options.stream().map(Option::quote).toList();
    }

    /** Options grouped by expiry code, nearest first. */
    static Map<String, List<Option>> byExpiry(List<Option> options) {
        Map<String, List<Option>> out = new LinkedHashMap<>();
        options.forEach(o -> out.computeIfAbsent(o.expiryCode(), k -> new ArrayList<>()).add(o));
        return out;
    }

    /** Runs an analytics function, turning "the chain cannot answer that" into INVALID_INPUT. */
    static <T> T analyse(String what, java.util.function.Supplier<T> analytics) {
        try {
            return analytics.get();
        } catch (AnalyticsInputException e) {
            throw ToolException.invalidInput(what + ": " + e.getMessage())
                    .withFix("pick another expiry (get_term_structure lists them) or width");
        }
    }

    /** An optional expiry code input, checked. */
    static String expiryCode(String code) {
        if (code != null && !EXPIRY.matcher(code).matches()) {
            throw ToolException.invalidInput("expiry must be a Deribit expiry code such as 31JAN25");
        }
        return code;
    }
}
