package io.cerbero.mcp.plugin.hyperliquid

import io.cerbero.mcp.core.testing.ExchangePluginContract
import org.bouncycastle.crypto.digests.KeccakDigest
import org.msgpack.core.MessagePack

/** The plugin contract test kit, run against Hyperliquid. */
class HyperliquidPluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() {
        [HYPERLIQUID_WALLET_ADDRESS: '0x' + '5a' * 20,
         HYPERLIQUID_PRIVATE_KEY   : '0x' + '7c3e' * 16]
    }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_ticker', body: '{"symbol":"BTC"}'] }

    @Override
    String routingStubBody() { HyperliquidVenue.body('meta_and_asset_ctxs') }

    /** Hyperliquid reads with POST /info; only /exchange writes. */
    @Override
    boolean isReadRequest(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
        request.url == '/info'
    }

    /** A dropped-in Hyperliquid jar ships msgpack-core and Bouncy Castle beside it. */
    @Override
    List<URL> pluginLibraries() {
        super.pluginLibraries() + [MessagePack, KeccakDigest].collect { it.protectionDomain.codeSource.location }
    }

    /** Market data the host may cache; account and WRITE tools are never among them. */
    @Override
    Set<String> cachedTools() {
        ['get_ticker', 'get_orderbook', 'get_instruments', 'get_funding_rate', 'get_ohlcv',
         'get_technical_indicators', 'get_basis'] as Set
    }
}
