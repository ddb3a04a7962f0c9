package io.cerbero.mcp.plugin.deribit;

import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.deribit.client.DeribitCredentials;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plugin's config for one environment, read once when the session opens.
 *
 * @param clientId       {@code DERIBIT_CLIENT_ID[_TESTNET|_LIVE]}; absent → only public tools work
 * @param clientSecret   {@code DERIBIT_CLIENT_SECRET[_TESTNET|_LIVE]}
 * @param currencies     {@code DERIBIT_CURRENCIES}: the currency accounts the leverage check adds up
 * @param idVariable     variable name of the client id, for messages
 * @param secretVariable variable name of the client secret, for messages
 */
public record DeribitConfig(Optional<Secret> clientId, Optional<Secret> clientSecret, List<String> currencies,
                            String idVariable, String secretVariable) {
    public static final String CLIENT_ID = "CLIENT_ID";
    public static final String CLIENT_SECRET = "CLIENT_SECRET";
    public static final String CURRENCIES = "CURRENCIES";
    public static final String DEFAULT_CURRENCIES = "BTC,ETH";
    public static final String DEFAULT_MAX_LEVERAGE = "3";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{2,10}");

    public DeribitConfig {
        currencies = List.copyOf(currencies);
    }

    public static DeribitConfig from(PluginConfig config) {
        List<String> currencies = Arrays.stream(config.get(CURRENCIES).orElse(DEFAULT_CURRENCIES).split(","))
                .map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).distinct().toList();
        if (currencies.isEmpty() || !currencies.stream().allMatch(c -> CURRENCY.matcher(c).matches())) {
            throw ToolException.notConfigured(config.variableName(CURRENCIES)
                    + " must be a comma-separated list of currency codes such as BTC,ETH");
        }
        return new DeribitConfig(config.secret(CLIENT_ID), config.secret(CLIENT_SECRET), currencies,
                config.variableName(CLIENT_ID), config.variableName(CLIENT_SECRET));
    }

    /** Credentials for a private call, or NOT_CONFIGURED naming what to set. */
    public DeribitCredentials requireCredentials() {
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            String missing = clientId.isEmpty() ? idVariable : secretVariable;
            throw ToolException.notConfigured(missing + " is not set for this environment; private Deribit tools "
                            + "need both " + idVariable + " and " + secretVariable)
                    .withFix("set " + idVariable + " and " + secretVariable + " (or their _TESTNET / _LIVE variants) "
                            + "and restart");
        }
        return new DeribitCredentials(clientId.get(), clientSecret.get());
    }
}
