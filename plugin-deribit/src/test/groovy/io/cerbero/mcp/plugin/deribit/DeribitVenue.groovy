package io.cerbero.mcp.plugin.deribit

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.MappingBuilder
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.stubbing.ServeEvent
import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching

/**
 * A stand-in Deribit on core's {@link VenuePair} (two WireMock servers, testnet and live, and the
 * DERIBIT_URL_TESTNET / DERIBIT_URL_LIVE config), answering with the JSON-RPC stubs under
 * {@code src/test/resources/deribit/}. Like Deribit it:
 * <ul>
 *   <li>answers {@code public/auth} only for that environment's own client id and secret (13004 otherwise);</li>
 *   <li>refuses any {@code /private/*} call whose bearer token it did not issue (13009).</li>
 * </ul>
 * <pre>
 * &#64;Shared &#64;AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
 * &#64;AutoCleanup PluginHarness h = venue.freshHarness()
 * </pre>
 */
class DeribitVenue extends VenuePair {
    static final String CLIENT_ID = 'deribit-test-id-5c2a'
    static final String CLIENT_SECRET = 'deribit-test-secret-77e1b0'
    static final String LIVE_ID = 'deribit-live-id-0b9d'
    static final String LIVE_SECRET = 'deribit-live-secret-c4f8a2'
    static final String TOKEN = 'stub-access-token-1'

    DeribitVenue() {
        super('DERIBIT')
    }

    DeribitVenue started() {
        start()
        this
    }

    PluginHarness freshHarness(Map<String, String> extra = [:]) {
        reset()
        harness(extra)
    }

    PluginHarness harness(Map<String, String> extra = [:]) {
        new PluginHarness(new DeribitPlugin(), config(extra))
    }

    /** A harness whose clock the spec moves ({@code clock.advance(...)}), for token expiry. */
    PluginHarness harness(java.time.Clock clock, Map<String, String> extra = [:]) {
        new PluginHarness(new DeribitPlugin(), config(extra), clock, DeribitPlugin.classLoader)
    }

    PluginHarness keylessHarness() {
        new PluginHarness(new DeribitPlugin(), urlConfig())
    }

    Map<String, String> config(Map<String, String> extra = [:]) {
        super.config([DERIBIT_CLIENT_ID_TESTNET    : CLIENT_ID,
                      DERIBIT_CLIENT_SECRET_TESTNET: CLIENT_SECRET,
                      DERIBIT_CLIENT_ID_LIVE       : LIVE_ID,
                      DERIBIT_CLIENT_SECRET_LIVE   : LIVE_SECRET] + extra)
    }

    /** After every reset: auth for this environment's key only, and the bearer check on private calls. */
    @Override
    protected void onReset(WireMockServer server, Environment environment) {
        String id = environment == Environment.MAINNET ? LIVE_ID : CLIENT_ID
        String secret = environment == Environment.MAINNET ? LIVE_SECRET : CLIENT_SECRET
        server.stubFor(WireMock.post(urlPathEqualTo('/public/auth')).atPriority(5)
                .willReturn(json(body('error_13004_invalid_credentials'))))
        server.stubFor(WireMock.post(urlPathEqualTo('/public/auth')).atPriority(4)
                .withRequestBody(matchingJsonPath('$.params.grant_type', equalTo('client_credentials')))
                .withRequestBody(matchingJsonPath('$.params.client_id', equalTo(id)))
                .withRequestBody(matchingJsonPath('$.params.client_secret', equalTo(secret)))
                .willReturn(json(body('auth'))))
        server.stubFor(WireMock.any(urlPathMatching('/private/.*')).atPriority(1)
                .withHeader('Authorization', WireMock.notMatching('Bearer stub-access-token-[12]'))
                .willReturn(json(body('error_13009_invalid_token'), 400)))
        server.stubFor(WireMock.get(urlPathEqualTo('/public/get_time')).willReturn(json(body('time'))))
    }

    /** Stubs a GET of a JSON-RPC method ({@code public/ticker}); {@code query} params must match exactly. */
    void get(String method, String stub, Map<String, String> query = [:], WireMockServer server = testnet,
             int status = 200) {
        MappingBuilder mapping = WireMock.get(urlPathEqualTo('/' + method))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        server.stubFor(mapping.willReturn(json(body(stub), status)))
    }

    /** Stubs a JSON-RPC POST ({@code private/buy}). */
    void post(String method, String stub, WireMockServer server = testnet, int status = 200) {
        server.stubFor(WireMock.post(urlPathEqualTo('/' + method)).willReturn(json(body(stub), status)))
    }

    /** Everything an order's checks read: instruments, both currency accounts, their indexes, positions, orders. */
    void orderPrerequisites(Map<String, String> stubs = [:], WireMockServer server = testnet) {
        get('public/get_instruments', 'instruments_btc', [currency: 'BTC'], server)
        get('public/get_instruments', 'instruments_eth', [currency: 'ETH'], server)
        get('private/get_account_summary', stubs.btcSummary ?: 'account_summary_btc', [currency: 'BTC'], server)
        get('private/get_account_summary', stubs.ethSummary ?: 'account_summary_eth', [currency: 'ETH'], server)
        get('public/get_index_price', 'index_price_btc', [index_name: 'btc_usd'], server)
        get('public/get_index_price', 'index_price_eth', [index_name: 'eth_usd'], server)
        get('private/get_positions', stubs.positions ?: 'positions_empty', [currency: 'any'], server)
        get('private/get_open_orders_by_currency', stubs.btcOrders ?: 'open_orders_empty', [currency: 'BTC'], server)
        get('private/get_open_orders_by_currency', 'open_orders_empty', [currency: 'ETH'], server)
        get('public/ticker', 'ticker_btc_perpetual', [instrument_name: 'BTC-PERPETUAL'], server)
        get('public/ticker', 'ticker_option_call', [instrument_name: 'BTC-31JAN25-100000-C'], server)
    }

    static String body(String stub) {
        resource("/deribit/${stub}.json")
    }

    static ResponseDefinitionBuilder json(String body, int status = 200) {
        jsonResponse(body, status, [:])
    }

    List<ServeEvent> requests(WireMockServer server = testnet) {
        super.requests(server)
    }

    /** Requests to one JSON-RPC method, oldest first. */
    List<ServeEvent> calls(String method, WireMockServer server = testnet) {
        requests(server).findAll { it.request.url.split('\\?')[0] == '/' + method }
    }

    /** JSON-RPC writes (POSTs other than public/auth), oldest first. */
    List<ServeEvent> writes(WireMockServer server = testnet) {
        requests(server, 'POST').findAll { !it.request.url.startsWith('/public/auth') }
    }

    /** The params of the last JSON-RPC write. */
    Map lastWriteParams(WireMockServer server = testnet) {
        (new JsonSlurper().parseText(writes(server).last().request.bodyAsString) as Map).params as Map
    }
}
