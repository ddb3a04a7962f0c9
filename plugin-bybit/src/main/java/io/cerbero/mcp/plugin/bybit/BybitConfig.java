package io.cerbero.mcp.plugin.bybit;

import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.bybit.client.BybitCredentials;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The plugin's config for one environment, read once when the session opens.
 *
 * @param apiKey      {@code BYBIT_API_KEY[_TESTNET|_LIVE]}; absent → only public tools work
 * @param apiSecret   {@code BYBIT_API_SECRET[_TESTNET|_LIVE]}
 * @param recvWindow  {@code BYBIT_RECV_WINDOW}, ms (default 5000)
 * @param maxLeverage {@code BYBIT_MAX_LEVERAGE} (default 3); the host builds {@code context.risk()} from the same key
 * @param keyVariable    variable name of the key, for messages
 * @param secretVariable variable name of the secret, for messages
 */
public record BybitConfig(Optional<Secret> apiKey, Optional<Secret> apiSecret, int recvWindow, BigDecimal maxLeverage,
                          String keyVariable, String secretVariable) {
    public static final String API_KEY = "API_KEY";
    public static final String API_SECRET = "API_SECRET";
    public static final String RECV_WINDOW = "RECV_WINDOW";
    public static final String MAX_LEVERAGE = "MAX_LEVERAGE";
    public static final String DEFAULT_RECV_WINDOW = "5000";
    public static final String DEFAULT_MAX_LEVERAGE = "3";

    /** Reads and checks the values; a malformed one answers NOT_CONFIGURED naming its variable. */
    public static BybitConfig from(PluginConfig config) {
        Optional<Secret> key = config.secret(API_KEY).filter(s -> !s.reveal().isBlank());
        Optional<Secret> secret = config.secret(API_SECRET).filter(s -> !s.reveal().isBlank());
        String rawWindow = config.get(RECV_WINDOW).orElse(DEFAULT_RECV_WINDOW).trim();
        int window;
        try {
            window = Integer.parseInt(rawWindow);
        } catch (NumberFormatException e) {
            window = -1;
        }
        if (window < 1 || window > 60_000) {
            throw ToolException.notConfigured(config.variableName(RECV_WINDOW) + " must be 1-60000 ms");
        }
        BigDecimal cap = config.decimal(io.cerbero.mcp.core.spi.RiskLimits.MAX_LEVERAGE)
                .orElse(new BigDecimal(DEFAULT_MAX_LEVERAGE));
        return new BybitConfig(key, secret, window, cap, config.variableName(API_KEY),
                config.variableName(API_SECRET));
    }

    /** Keys for a private call, or NOT_CONFIGURED naming what to set. */
    public BybitCredentials requireCredentials() {
        if (apiKey.isEmpty() || apiSecret.isEmpty()) {
            String missing = apiKey.isEmpty() ? keyVariable : secretVariable;
            throw ToolException.notConfigured(missing + " is not set for this environment; private Bybit tools "
                            + "need both " + keyVariable + " and " + secretVariable)
                    .withFix("set " + keyVariable + " and " + secretVariable + " (or their _TESTNET / _LIVE variants) "
                            + "and restart");
        }
        return new BybitCredentials(apiKey.get(), apiSecret.get(), recvWindow);
    }
}
