package io.cerbero.mcp.plugin.macro;

import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plugin's config for one environment, read once when the session opens. A missing provider key is not an
 * error here: only the tools of that provider answer NOT_CONFIGURED.
 *
 * @param fredKey              {@code FRED_API_KEY}
 * @param finnhubKey           {@code FINNHUB_API_KEY}
 * @param cftcAppToken         {@code CFTC_APP_TOKEN}, optional
 * @param cacheTtl             {@code MACRO_CACHE_TTL_SECONDS}: FRED and CFTC answers
 * @param intradayTtl          {@code MACRO_INTRADAY_TTL_SECONDS}: Finnhub quotes and calendar
 * @param assetSymbols         {@code MACRO_ASSET_SYMBOLS}
 * @param equityFuturesSymbols {@code MACRO_EQUITY_FUTURES_SYMBOLS}
 * @param fredKeyVariable      variable name of the FRED key, for messages
 * @param finnhubKeyVariable   variable name of the Finnhub key, for messages
 */
public record MacroConfig(Optional<Secret> fredKey, Optional<Secret> finnhubKey, Optional<Secret> cftcAppToken,
                          Duration cacheTtl, Duration intradayTtl, List<String> assetSymbols,
                          List<String> equityFuturesSymbols, String fredKeyVariable, String finnhubKeyVariable) {
    public static final String FRED_API_KEY = "FRED_API_KEY";
    public static final String FINNHUB_API_KEY = "FINNHUB_API_KEY";
    public static final String CFTC_APP_TOKEN = "CFTC_APP_TOKEN";
    public static final String CACHE_TTL = "MACRO_CACHE_TTL_SECONDS";
    public static final String INTRADAY_TTL = "MACRO_INTRADAY_TTL_SECONDS";
    public static final String ASSET_SYMBOLS = "MACRO_ASSET_SYMBOLS";
    public static final String EQUITY_FUTURES_SYMBOLS = "MACRO_EQUITY_FUTURES_SYMBOLS";
    public static final String DEFAULT_CACHE_TTL = "3600";
    public static final String DEFAULT_INTRADAY_TTL = "30";
    /** Cross-asset ETFs: US equities, small caps, long Treasuries, gold, oil, the dollar. */
    public static final String DEFAULT_ASSET_SYMBOLS = "SPY,QQQ,IWM,TLT,GLD,USO,UUP";
    /** ETF proxies of the E-mini S&amp;P 500, Nasdaq-100, Dow and Russell 2000 futures (ES, NQ, YM, RTY). */
    public static final String DEFAULT_EQUITY_FUTURES_SYMBOLS = "SPY,QQQ,DIA,IWM";
    /** Most symbols one quote board may hold: each is one Finnhub request. */
    public static final int MAX_SYMBOLS = 20;
    /** Finnhub symbols: AAPL, BRK.B, ES=F, BINANCE:BTCUSDT, OANDA:EUR_USD, ^GSPC. */
    public static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9.:=_^/-]{1,40}");
    private static final long MAX_TTL_SECONDS = 7 * 24 * 3600;

    /** Reads and checks the values; a malformed one answers NOT_CONFIGURED naming its variable. */
    public static MacroConfig from(PluginConfig config) {
        return new MacroConfig(
                nonBlank(config, FRED_API_KEY), nonBlank(config, FINNHUB_API_KEY), nonBlank(config, CFTC_APP_TOKEN),
                seconds(config, CACHE_TTL, DEFAULT_CACHE_TTL), seconds(config, INTRADAY_TTL, DEFAULT_INTRADAY_TTL),
                symbols(config, ASSET_SYMBOLS, DEFAULT_ASSET_SYMBOLS),
                symbols(config, EQUITY_FUTURES_SYMBOLS, DEFAULT_EQUITY_FUTURES_SYMBOLS),
                config.variableName(FRED_API_KEY), config.variableName(FINNHUB_API_KEY));
    }

    /** NOT_CONFIGURED for a FRED tool called without {@code FRED_API_KEY}, naming what to set. */
    public ToolException fredKeyMissing() {
        return missing(fredKeyVariable, "FRED");
    }

    /** NOT_CONFIGURED for a Finnhub tool called without {@code FINNHUB_API_KEY}, naming what to set. */
    public ToolException finnhubKeyMissing() {
        return missing(finnhubKeyVariable, "Finnhub");
    }

    private static ToolException missing(String variable, String provider) {
        return ToolException.notConfigured(variable + " is not set: the " + provider + " tools need it (the other "
                        + "macro tools keep working)")
                .withFix("set " + variable + " (or " + variable + "_TESTNET / " + variable + "_LIVE) and restart");
    }

    private static Optional<Secret> nonBlank(PluginConfig config, String key) {
        return config.secret(key).filter(s -> !s.reveal().isBlank());
    }

    private static Duration seconds(PluginConfig config, String key, String defaultValue) {
        String raw = config.get(key).orElse(defaultValue).trim();
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0 || value > MAX_TTL_SECONDS) {
            throw ToolException.notConfigured(config.variableName(key) + " must be a whole number of seconds, 0-"
                    + MAX_TTL_SECONDS);
        }
        return Duration.ofSeconds(value);
    }

    private static List<String> symbols(PluginConfig config, String key, String defaultValue) {
        String raw = config.get(key).orElse(defaultValue);
        LinkedHashSet<String> symbols = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String symbol = part.trim();
            if (symbol.isEmpty()) {
                continue;
            }
            if (!SYMBOL.matcher(symbol).matches()) {
                throw ToolException.notConfigured(config.variableName(key) + " has an invalid symbol (letters, "
                        + "digits and . : = _ ^ / - only, at most 40 characters)");
            }
            symbols.add(symbol);
        }
        if (symbols.isEmpty() || symbols.size() > MAX_SYMBOLS) {
            throw ToolException.notConfigured(config.variableName(key) + " must list 1-" + MAX_SYMBOLS + " symbols");
        }
        return List.copyOf(new ArrayList<>(symbols));
    }

    /** Secrets masked; symbol lists and TTLs shown. */
    @Override
    public String toString() {
        return "MacroConfig[fredKey=" + mask(fredKey) + ", finnhubKey=" + mask(finnhubKey) + ", cftcAppToken="
                + mask(cftcAppToken) + ", cacheTtl=" + cacheTtl + ", intradayTtl=" + intradayTtl + ", assetSymbols="
                + assetSymbols + ", equityFuturesSymbols=" + equityFuturesSymbols + "]";
    }

    private static String mask(Optional<Secret> secret) {
        return secret.isPresent() ? "****" : "<unset>";
    }
}
