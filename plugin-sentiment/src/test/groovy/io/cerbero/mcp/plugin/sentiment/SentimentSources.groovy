package io.cerbero.mcp.plugin.sentiment

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.MappingBuilder
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.http.Fault
import com.github.tomakehurst.wiremock.stubbing.ServeEvent
import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair
import io.cerbero.mcp.plugin.sentiment.client.Venue

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * Stand-ins for every source of the sentiment plugin on core's {@link VenuePair}. There is no testnet: both tokens
 * read the same URLs, so every source points at the live server, each under its own path prefix
 * ({@code /binance/fapi/v1/...}, {@code /cryptopanic/posts/}) to prove each source has its own URL variable. The
 * testnet server is only there to show that nothing ever reaches it.
 * <pre>
 * &#64;Shared &#64;AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
 * &#64;AutoCleanup PluginHarness h = sources.freshHarness()
 * </pre>
 */
class SentimentSources extends VenuePair {
    static final String CRYPTOPANIC_KEY = 'cp-test-token-51f0a9'
    static final String LUNARCRUSH_KEY = 'lc-test-key-7d22e4'

    SentimentSources() {
        super('SENTIMENT')
    }

    SentimentSources started() {
        start()
        this
    }

    /** Every upstream's URL variable, pointing at {@code live/<upstream id>}. */
    Map<String, String> urls() {
        new SentimentPlugin().upstreams().collectEntries { Upstream u -> [(u.urlKey()): "${live.baseUrl()}/${u.id()}".toString()] }
    }

    Map<String, String> config(Map<String, String> extra = [:]) {
        urls() + [CRYPTOPANIC_KEY: CRYPTOPANIC_KEY, LUNARCRUSH_KEY: LUNARCRUSH_KEY] + extra
    }

    /** Forgets stubs and requests, then opens a harness on them (one per feature). */
    PluginHarness freshHarness(Map<String, String> extra = [:]) {
        reset()
        harness(extra)
    }

    PluginHarness harness(Map<String, String> extra = [:]) {
        new PluginHarness(new SentimentPlugin(), config(extra))
    }

    /** A harness without any provider key. */
    PluginHarness keylessHarness() {
        reset()
        new PluginHarness(new SentimentPlugin(), urls())
    }

    /** Stubs a GET of {@code source} answering a file under {@code /sentiment/<source>/}. */
    void get(String source, String path, String stub, Map<String, String> query = [:], int status = 200,
             Map<String, String> headers = [:]) {
        getBody(source, path, body(source, stub), query, status, headers)
    }

    void getBody(String source, String path, String body, Map<String, String> query = [:], int status = 200,
                 Map<String, String> headers = [:]) {
        MappingBuilder mapping = WireMock.get(urlPathEqualTo("/${source}${path}"))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        live.stubFor(mapping.willReturn(jsonResponse(body, status, headers)))
    }

    /** Stubs a POST of {@code source} with an exact JSON body. */
    void post(String source, String path, String requestBody, String stub, int status = 200) {
        live.stubFor(WireMock.post(urlPathEqualTo("/${source}${path}"))
                .withRequestBody(WireMock.equalToJson(requestBody))
                .willReturn(jsonResponse(body(source, stub), status, [:])))
    }

    /** Every request under {@code /<source>/} answers {@code response} (a fault, a delay, a status). */
    void all(String source, ResponseDefinitionBuilder response) {
        live.stubFor(WireMock.any(WireMock.urlPathMatching("/${source}/.*")).atPriority(1).willReturn(response))
    }

    /** The source drops the connection. */
    void down(String source) {
        all(source, WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
    }

    /** The source answers, but only after {@code millis}. */
    void slow(String source, int millis, String path, String stub) {
        live.stubFor(WireMock.any(urlPathEqualTo("/${source}${path}")).atPriority(1)
                .willReturn(jsonResponse(body(source, stub), 200, [:]).withFixedDelay(millis)))
    }

    /** The usual answers of every venue for BTC: funding, open interest, mark prices. */
    void venuesForBtc() {
        get('binance', '/fapi/v1/premiumIndex', 'premium_index_btc', [symbol: 'BTCUSDT'])
        get('binance', '/fapi/v1/fundingInfo', 'funding_info')
        get('binance', '/fapi/v1/openInterest', 'open_interest_btc', [symbol: 'BTCUSDT'])
        get('bybit', '/v5/market/tickers', 'tickers_btc', [category: 'linear', symbol: 'BTCUSDT'])
        get('okx', '/api/v5/public/funding-rate', 'funding_rate_btc', [instId: 'BTC-USDT-SWAP'])
        get('okx', '/api/v5/public/open-interest', 'open_interest_btc', [instType: 'SWAP', instId: 'BTC-USDT-SWAP'])
        get('okx', '/api/v5/public/mark-price', 'mark_price_btc', [instType: 'SWAP', instId: 'BTC-USDT-SWAP'])
        post('hyperliquid', '/info', '{"type":"metaAndAssetCtxs"}', 'meta_and_asset_ctxs')
        get('deribit', '/api/v2/public/ticker', 'ticker_btc_perpetual', [instrument_name: 'BTC-PERPETUAL'])
    }

    /** Requests under {@code /<source>/}, oldest first. */
    List<ServeEvent> requestsOf(String source) {
        requests(live).findAll { it.request.url.startsWith("/${source}/") }
    }

    static String body(String source, String stub) {
        resource("/sentiment/${source}/${stub}.json")
    }

    static List<String> venueNames() {
        Venue.values()*.name()
    }
}
