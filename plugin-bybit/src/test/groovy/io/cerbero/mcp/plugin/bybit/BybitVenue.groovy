package io.cerbero.mcp.plugin.bybit

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.MappingBuilder
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.http.Request
import com.github.tomakehurst.wiremock.matching.MatchResult
import com.github.tomakehurst.wiremock.matching.ValueMatcher
import com.github.tomakehurst.wiremock.stubbing.ServeEvent
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

import static com.github.tomakehurst.wiremock.client.WireMock.any
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * A stand-in Bybit on core's {@link VenuePair} (two WireMock servers, testnet and live, and the
 * BYBIT_URL_TESTNET / BYBIT_URL_LIVE config): answers with the venue-format stubs under
 * {@code src/test/resources/bybit/}, and checks every signed request the way Bybit does: the stub recomputes the
 * HMAC over the bytes it received and answers retCode 10004 when X-BAPI-SIGN does not match.
 * Used by composition from the specs, which need only two fields:
 * <pre>
 * &#64;Shared &#64;AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
 * &#64;AutoCleanup PluginHarness h = venue.freshHarness()
 * </pre>
 * (Spock starts the servers once per spec, stops them after it, and gives each feature a clean venue and its own
 * harness, closed after the feature.)
 */
class BybitVenue extends VenuePair {
    static final String API_KEY = 'bybit-test-key-7c1e'
    static final String API_SECRET = 'bybit-test-secret-93af0d'
    static final String LIVE_KEY = 'bybit-live-key-52aa'
    static final String LIVE_SECRET = 'bybit-live-secret-e81b77'

    BybitVenue() {
        super('BYBIT')
    }

    /** Starts both servers; returns this, for a {@code @Shared @AutoCleanup('stop')} field initialiser. */
    BybitVenue started() {
        start()
        this
    }

    /** Forgets all stubs and requests, then opens a harness on the clean venue (one per feature). */
    PluginHarness freshHarness(Map<String, String> extra = [:]) {
        reset()
        harness(extra)
    }

    /** A harness with the stub URLs and no API keys at all. */
    PluginHarness keylessHarness() {
        new PluginHarness(new BybitPlugin(), urlConfig())
    }

    /** Stubs any GET on {@code path} with a literal venue body (for one-off answers that have no stub file). */
    void getLiteral(String path, String body) {
        testnet.stubFor(WireMock.get(urlPathEqualTo(path)).willReturn(json(body)))
    }

    /** After every reset: re-arms the signature check and the server time on both servers. */
    @Override
    protected void onReset(WireMockServer server, Environment environment) {
        server.stubFor(any(anyUrl()).atPriority(1)
                .withHeader('X-BAPI-API-KEY', WireMock.matching('.+'))
                .andMatching(new BadSignature(environment == Environment.MAINNET ? LIVE_SECRET : API_SECRET))
                .willReturn(json(body('error_10004_sign'))))
        server.stubFor(WireMock.get(urlPathEqualTo('/v5/market/time')).willReturn(json(body('market_time'))))
    }

    /** Config as the host would resolve it: both URLs at the stubs, per-environment keys. */
    Map<String, String> config(Map<String, String> extra = [:]) {
        super.config([BYBIT_API_KEY_TESTNET   : API_KEY,
                      BYBIT_API_SECRET_TESTNET: API_SECRET,
                      BYBIT_API_KEY_LIVE      : LIVE_KEY,
                      BYBIT_API_SECRET_LIVE   : LIVE_SECRET] + extra)
    }

    PluginHarness harness(Map<String, String> extra = [:]) {
        new PluginHarness(new BybitPlugin(), config(extra))
    }

    /** Stubs a GET; {@code query} params must match exactly. */
    void get(String path, String stub, Map<String, String> query = [:], WireMockServer server = testnet,
             int status = 200, Map<String, String> headers = [:]) {
        MappingBuilder mapping = WireMock.get(urlPathEqualTo(path))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        server.stubFor(mapping.willReturn(json(body(stub), status, headers)))
    }

    void post(String path, String stub, WireMockServer server = testnet, int status = 200) {
        server.stubFor(WireMock.post(urlPathEqualTo(path)).willReturn(json(body(stub), status)))
    }

    /** A list answer with no rows: an account without positions or orders in the asked scope. */
    static final String EMPTY_LIST = '{"retCode":0,"retMsg":"OK","result":{"list":[],"nextPageCursor":""},' +
            '"retExtInfo":{},"time":1735811999000}'

    /**
     * The usual stubs of an order on BTCUSDT linear: instrument, wallet, ticker, and the whole account the leverage
     * check reads: {@code position} as the USDT-settled linear positions, every other position and open-order list
     * empty.
     */
    void orderPrerequisites(String position = 'position_list_flat', WireMockServer server = testnet) {
        get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'], server)
        get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'], server)
        emptyAccount(server)
        get('/v5/position/list', position, [category: 'linear', settleCoin: 'USDT'], server)
        get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'], server)
    }

    /** Every position and open-order list answers empty unless a more specific stub answers first. */
    void emptyAccount(WireMockServer server = testnet) {
        ['/v5/position/list', '/v5/order/realtime'].each { path ->
            server.stubFor(WireMock.get(urlPathEqualTo(path)).atPriority(9).willReturn(json(EMPTY_LIST)))
        }
    }

    static String body(String stub) {
        resource("/bybit/${stub}.json")
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body, int status = 200,
                                                                                Map<String, String> headers = [:]) {
        jsonResponse(body, status, headers)
    }

    /** Requests the server received, oldest first (testnet by default). */
    List<ServeEvent> requests(WireMockServer server = testnet) {
        super.requests(server)
    }

    List<ServeEvent> posts(WireMockServer server = testnet) {
        requests(server, 'POST')
    }

    /** Bybit's rule, written independently of the plugin's signer: HMAC(secret, ts + key + recvWindow + payload). */
    static String expectedSignature(String secret, Request request) {
        String payload = request.method.value() == 'GET'
                ? (request.url.contains('?') ? request.url.substring(request.url.indexOf('?') + 1) : '')
                : request.bodyAsString
        String toSign = request.getHeader('X-BAPI-TIMESTAMP') + request.getHeader('X-BAPI-API-KEY') +
                request.getHeader('X-BAPI-RECV-WINDOW') + payload
        Mac mac = Mac.getInstance('HmacSHA256')
        mac.init(new SecretKeySpec(secret.getBytes('UTF-8'), 'HmacSHA256'))
        mac.doFinal(toSign.getBytes('UTF-8')).encodeHex().toString()
    }

    /** Matches signed requests whose signature is wrong, so the stub answers them like Bybit: 10004. */
    static class BadSignature implements ValueMatcher<Request> {
        final String secret

        BadSignature(String secret) {
            this.secret = secret
        }

        @Override
        MatchResult match(Request request) {
            MatchResult.of(request.getHeader('X-BAPI-SIGN') != expectedSignature(secret, request))
        }
    }

    static Environment env(String name) {
        name == 'live' ? Environment.MAINNET : Environment.TESTNET
    }
}
