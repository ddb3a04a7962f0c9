package io.cerbero.mcp.plugin.alpaca

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.MappingBuilder
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.stubbing.ServeEvent
import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair

import static com.github.tomakehurst.wiremock.client.WireMock.any
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options

/**
 * A stand-in Alpaca: core's {@link VenuePair} for the trading API (paper = testnet server, live = live server) plus
 * a third WireMock server for the market data API, which Alpaca serves from one host for both. Answers with the
 * venue-format stubs under {@code src/test/resources/alpaca/}. Each trading server accepts only its own
 * environment's key pair and answers anything else with Alpaca's 401, like the real hosts; the data server accepts
 * both, so specs check which pair reached it.
 * <pre>
 * &#64;Shared &#64;AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
 * &#64;AutoCleanup PluginHarness h = venue.freshHarness()
 * </pre>
 */
class AlpacaVenue extends VenuePair {
    static final String PAPER_KEY = 'alpaca-paper-key-PK7Q'
    static final String PAPER_SECRET = 'alpaca-paper-secret-3c9e71'
    static final String LIVE_KEY = 'alpaca-live-key-AK2W'
    static final String LIVE_SECRET = 'alpaca-live-secret-d40b58'

    final WireMockServer data = new WireMockServer(options().dynamicPort())

    AlpacaVenue() {
        super('ALPACA')
    }

    AlpacaVenue started() {
        data.start()
        start()
        this
    }

    @Override
    void stop() {
        super.stop()
        data.stop()
    }

    @Override
    void reset() {
        data.resetAll()
        super.reset()
    }

    PluginHarness freshHarness(Map<String, String> extra = [:]) {
        reset()
        harness(extra)
    }

    PluginHarness harness(Map<String, String> extra = [:]) {
        new PluginHarness(new AlpacaPlugin(), config(extra))
    }

    /** Config as the host would resolve it: trading URLs at the pair, the data URL at the data server, keys per environment. */
    Map<String, String> config(Map<String, String> extra = [:]) {
        super.config([ALPACA_DATA_URL              : data.baseUrl(),
                      ALPACA_API_KEY_ID_TESTNET    : PAPER_KEY,
                      ALPACA_SECRET_KEY_TESTNET    : PAPER_SECRET,
                      ALPACA_API_KEY_ID_LIVE       : LIVE_KEY,
                      ALPACA_SECRET_KEY_LIVE       : LIVE_SECRET] + extra)
    }

    /** After every reset: each trading server refuses the other environment's keys with Alpaca's 401. */
    @Override
    protected void onReset(WireMockServer server, Environment environment) {
        String key = environment == Environment.MAINNET ? LIVE_KEY : PAPER_KEY
        String secret = environment == Environment.MAINNET ? LIVE_SECRET : PAPER_SECRET
        server.stubFor(any(anyUrl()).atPriority(1)
                .withHeader('APCA-API-KEY-ID', WireMock.notMatching(java.util.regex.Pattern.quote(key)))
                .willReturn(json(body('error_401'), 401)))
        server.stubFor(any(anyUrl()).atPriority(1)
                .withHeader('APCA-API-SECRET-KEY', WireMock.notMatching(java.util.regex.Pattern.quote(secret)))
                .willReturn(json(body('error_401'), 401)))
    }

    /** Stubs a GET on a trading server; {@code query} params must match exactly. */
    void get(String path, String stub, Map<String, String> query = [:], WireMockServer server = testnet,
             int status = 200) {
        MappingBuilder mapping = WireMock.get(urlPathEqualTo(path))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        server.stubFor(mapping.willReturn(json(body(stub), status)))
    }

    /** Stubs a GET on the data server. */
    void dataGet(String path, String stub, Map<String, String> query = [:], int status = 200) {
        get(path, stub, query, data, status)
    }

    void write(String method, String path, String stub, int status = 200, WireMockServer server = testnet) {
        MappingBuilder mapping = WireMock.request(method, urlPathEqualTo(path))
        server.stubFor(mapping.willReturn(stub == null ? WireMock.aResponse().withStatus(status)
                : json(body(stub), status)))
    }

    /** The usual stubs of an order on AAPL: asset, account, one position, no open orders, a snapshot. */
    void orderPrerequisites(String positions = 'positions_aapl_long', String openOrders = 'empty_list',
                            WireMockServer server = testnet) {
        get('/v2/assets/AAPL', 'asset_aapl', [:], server)
        get('/v2/account', 'account', [:], server)
        get('/v2/positions', positions, [:], server)
        get('/v2/orders', openOrders, [status: 'open'], server)
        dataGet('/v2/stocks/snapshots', 'stock_snapshots', [symbols: 'AAPL'])
    }

    static String body(String stub) {
        resource("/alpaca/${stub}.json")
    }

    static ResponseDefinitionBuilder json(String body, int status = 200) {
        jsonResponse(body, status, [:])
    }

    List<ServeEvent> requests(WireMockServer server = testnet) {
        super.requests(server)
    }

    /** Requests that change state (POST, PATCH, DELETE) the server received. */
    List<ServeEvent> writes(WireMockServer server = testnet) {
        requests(server).findAll { it.request.method.value() in ['POST', 'PATCH', 'DELETE'] }
    }

    Map sentBody(WireMockServer server = testnet) {
        new JsonSlurper().parseText(writes(server).last().request.bodyAsString) as Map
    }
}
