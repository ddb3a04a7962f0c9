package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.ObjectMapper
import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.MappingBuilder
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.http.Request
import com.github.tomakehurst.wiremock.matching.MatchResult
import com.github.tomakehurst.wiremock.matching.ValueMatcher
import com.github.tomakehurst.wiremock.stubbing.ServeEvent
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo

/**
 * A stand-in Hyperliquid on core's {@link VenuePair} (testnet and live WireMock servers): answers {@code /info}
 * by request type with the stubs under {@code src/test/resources/hyperliquid/}, and checks every {@code /exchange}
 * request the way the venue does: it recovers the signer from the body with its own network's phantom-agent source
 * (testnet {@code b}, live {@code a}) and answers "does not exist" unless that is the environment's API wallet.
 * <pre>
 * &#64;Shared &#64;AutoCleanup('stop') HyperliquidVenue venue = new HyperliquidVenue().started()
 * &#64;AutoCleanup PluginHarness h = venue.freshHarness()
 * </pre>
 */
class HyperliquidVenue extends VenuePair {
    static final String TESTNET_KEY = HyperliquidKnownAnswers.PRIVATE_KEY
    static final String TESTNET_API_WALLET = HyperliquidKnownAnswers.ADDRESS.toLowerCase()
    static final String LIVE_KEY = '0x' + '2b' * 32
    static final String LIVE_API_WALLET = StubSignatureCheck.address(new BigInteger(LIVE_KEY.substring(2), 16))
    static final String TESTNET_WALLET = '0x' + '11' * 20
    static final String LIVE_WALLET = '0x' + '33' * 20
    static final ObjectMapper JSON = new ObjectMapper()

    HyperliquidVenue() {
        super('HYPERLIQUID')
    }

    HyperliquidVenue started() {
        start()
        this
    }

    /** Forgets all stubs and requests, then opens a harness on the clean venue (one per feature). */
    PluginHarness freshHarness(Map<String, String> extra = [:]) {
        reset()
        harness(extra)
    }

    PluginHarness harness(Map<String, String> extra = [:]) {
        new PluginHarness(new HyperliquidPlugin(), config(extra))
    }

    /** Config as the host would resolve it: both URLs at the stubs, per-environment wallets and keys. */
    Map<String, String> config(Map<String, String> extra = [:]) {
        super.config([HYPERLIQUID_WALLET_ADDRESS_TESTNET    : TESTNET_WALLET,
                      HYPERLIQUID_API_WALLET_ADDRESS_TESTNET: TESTNET_API_WALLET,
                      HYPERLIQUID_PRIVATE_KEY_TESTNET       : TESTNET_KEY,
                      HYPERLIQUID_WALLET_ADDRESS_LIVE       : LIVE_WALLET,
                      HYPERLIQUID_API_WALLET_ADDRESS_LIVE   : LIVE_API_WALLET,
                      HYPERLIQUID_PRIVATE_KEY_LIVE          : LIVE_KEY] + extra)
    }

    static String apiWallet(Environment environment) {
        environment == Environment.MAINNET ? LIVE_API_WALLET : TESTNET_API_WALLET
    }

    static String source(Environment environment) {
        environment == Environment.MAINNET ? 'a' : 'b'
    }

    /** After every reset: the signature check on both servers, with each server's own network source. */
    @Override
    protected void onReset(WireMockServer server, Environment environment) {
        server.stubFor(WireMock.post(urlEqualTo('/exchange')).atPriority(1)
                .andMatching(new NotSignedBy(apiWallet(environment), source(environment)))
                .willReturn(json('{"status":"err","response":"User or API Wallet 0x0000000000000000000000000000000000000000 does not exist."}')))
    }

    /** Stubs {@code /info} of one request type; {@code fields} must match too (e.g. user, coin). */
    void info(String type, String stub, Map<String, String> fields = [:], WireMockServer server = testnet) {
        MappingBuilder mapping = WireMock.post(urlEqualTo('/info'))
                .withRequestBody(matchingJsonPath('$.type', equalTo(type)))
        fields.each { k, v -> mapping = mapping.withRequestBody(matchingJsonPath('$.' + k, equalTo(v))) }
        server.stubFor(mapping.willReturn(json(body(stub))))
    }

    /** Stubs {@code /exchange} answers (after the signature check passed). */
    void exchange(String stub, WireMockServer server = testnet) {
        server.stubFor(WireMock.post(urlEqualTo('/exchange')).atPriority(5).willReturn(json(body(stub))))
    }

    /** The reads of an order on testnet: meta, account, open orders, mids. */
    void orderPrerequisites(String account = 'clearinghouse_flat', String orders = 'open_orders_none',
                            WireMockServer server = testnet) {
        String wallet = server.is(live) ? LIVE_WALLET : TESTNET_WALLET
        info('meta', 'meta', [:], server)
        info('clearinghouseState', account, [user: wallet], server)
        info('frontendOpenOrders', orders, [user: wallet], server)
        info('allMids', 'all_mids', [:], server)
    }

    static String body(String stub) {
        resource("/hyperliquid/${stub}.json")
    }

    static ResponseDefinitionBuilder json(String body, int status = 200) {
        jsonResponse(body, status, [:])
    }

    List<ServeEvent> requests(WireMockServer server = testnet) {
        super.requests(server)
    }

    /** The {@code /exchange} requests a server received, oldest first. */
    List<ServeEvent> exchanges(WireMockServer server = testnet) {
        requests(server).findAll { it.request.url == '/exchange' }
    }

    /** The {@code type} of each {@code /info} request a server received, oldest first. */
    List<String> infoTypes(WireMockServer server = testnet) {
        requests(server).findAll { it.request.url == '/info' }.collect { JSON.readTree(it.request.bodyAsString).get('type').asText() }
    }

    /** Matches {@code /exchange} requests the stub's network would not attribute to its API wallet. */
    static class NotSignedBy implements ValueMatcher<Request> {
        final String wallet
        final String source

        NotSignedBy(String wallet, String source) {
            this.wallet = wallet
            this.source = source
        }

        @Override
        MatchResult match(Request request) {
            String signer
            try {
                signer = StubSignatureCheck.signer(request.bodyAsString, source)
            } catch (Exception ignored) {
                signer = null
            }
            MatchResult.of(signer != wallet)
        }
    }
}
