package io.cerbero.mcp.plugin.deribit;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.RiskLimits;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.plugin.deribit.client.DeribitCredits;
import io.cerbero.mcp.plugin.deribit.tools.DeribitToolList;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Deribit API v2 (JSON-RPC over HTTP): market data, volatility and option-chain analytics, account and orders on
 * testnet and mainnet. The ServiceLoader entry; stateless.
 *
 * <p>Config (prefix {@code DERIBIT_}, each also as {@code _TESTNET} / {@code _LIVE}): {@code URL_TESTNET},
 * {@code URL_LIVE}, {@code CLIENT_ID}, {@code CLIENT_SECRET}, {@code CURRENCIES}, {@code MAX_LEVERAGE}.
 */
public final class DeribitPlugin implements ExchangePlugin<DeribitSession> {
    public static final String NAME = "deribit";
    public static final String UPSTREAM = "rpc";
    public static final String TESTNET_URL = "https://test.deribit.com/api/v2";
    public static final String LIVE_URL = "https://www.deribit.com/api/v2";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Deribit API v2: inverse and linear perpetuals and futures, options — market data, volatility and "
                + "option-chain analytics, account and orders";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                ConfigKey.optionalSecret(DeribitConfig.CLIENT_ID, "Deribit API client id (public tools work "
                        + "without it)"),
                ConfigKey.optionalSecret(DeribitConfig.CLIENT_SECRET, "Deribit API client secret, for public/auth "
                        + "client_credentials"),
                ConfigKey.withDefault(DeribitConfig.CURRENCIES, DeribitConfig.DEFAULT_CURRENCIES,
                        "currency accounts the account-wide leverage check adds up (comma-separated)"));
    }

    /** {@code DERIBIT_MAX_LEVERAGE}, default 3, account-wide through core's order pipeline. */
    @Override
    public Optional<RiskLimits> riskLimits() {
        return Optional.of(RiskLimits.maxLeverage(DeribitConfig.DEFAULT_MAX_LEVERAGE));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment(UPSTREAM, "URL", TESTNET_URL, LIVE_URL,
                // the venue's credit pool; each request carries its credits (DeribitCredits)
                Upstream.UpstreamLimits.weighted(DeribitCredits.POOL, DeribitCredits.REFILL_PER_SECOND,
                        Duration.ofSeconds(1))));
    }

    @Override
    public List<Tool<DeribitSession, ?>> tools() {
        return DeribitToolList.all();
    }

    @Override
    public DeribitSession openSession(PluginContext context) {
        return new DeribitSession(context);
    }
}
