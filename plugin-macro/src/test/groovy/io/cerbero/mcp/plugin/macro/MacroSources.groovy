package io.cerbero.mcp.plugin.macro

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.MappingBuilder
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.stubbing.ServeEvent
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair

import java.time.Clock
import java.time.ZoneOffset

import static com.github.tomakehurst.wiremock.client.WireMock.absent
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * Stand-in FRED, Finnhub and CFTC on core's {@link VenuePair}. The providers have no testnet: one host serves both
 * environments, so all three answer from the pair's live server (distinct paths: {@code /fred/…},
 * {@code /api/v1/…}, {@code /resource/…}) and the testnet server must stay silent. The stubs behave like the
 * providers about keys: FRED answers its 400 JSON error when {@code api_key} is not the configured one, Finnhub
 * a 401 when {@code X-Finnhub-Token} is wrong or absent.
 * <pre>
 * &#64;Shared &#64;AutoCleanup('stop') MacroSources sources = new MacroSources().started()
 * &#64;AutoCleanup PluginHarness h = sources.freshHarness()
 * </pre>
 */
class MacroSources extends VenuePair {
    static final String FRED_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
    static final String FINNHUB_KEY = 'finnhub-test-key-5c2d9e'
    static final String FINNHUB_PATH = '/api/v1'
    /** The DGS series of the curve, short end first. */
    static final List<String> CURVE = ['DGS1MO', 'DGS3MO', 'DGS6MO', 'DGS1', 'DGS2', 'DGS3', 'DGS5', 'DGS7', 'DGS10',
                                       'DGS20', 'DGS30']

    MacroSources() {
        super('MACRO')
    }

    MacroSources started() {
        start()
        this
    }

    /** The one server every provider answers from. */
    WireMockServer getSources() { live }

    /** The provider URLs as the host reads them: FRED_URL, FINNHUB_URL (with Finnhub's /api/v1), CFTC_URL. */
    @Override
    Map<String, String> urlConfig() {
        [FRED_URL: live.baseUrl(), FINNHUB_URL: live.baseUrl() + FINNHUB_PATH, CFTC_URL: live.baseUrl()]
    }

    /** URLs plus both keys, then {@code extra}. */
    Map<String, String> config(Map<String, String> extra = [:]) {
        super.config([FRED_API_KEY: FRED_KEY, FINNHUB_API_KEY: FINNHUB_KEY] + extra)
    }

    PluginHarness harness(Map<String, String> config = config(), Clock clock = Clock.fixed(PluginHarness.NOW, ZoneOffset.UTC)) {
        new PluginHarness(new MacroPlugin(), config, clock, MacroPlugin.classLoader)
    }

    /** Forgets stubs and requests, then a harness with both keys (one per feature). */
    PluginHarness freshHarness(Map<String, String> extra = [:]) {
        reset()
        harness(config(extra))
    }

    /** After every reset: the providers' answers to a wrong key. */
    @Override
    protected void onReset(WireMockServer server, Environment environment) {
        server.stubFor(WireMock.get(urlPathEqualTo('/fred/series/observations')).atPriority(1)
                .withQueryParam('api_key', notMatching(FRED_KEY))
                .willReturn(json(body('fred/error_api_key'), 400)))
        server.stubFor(WireMock.get(urlPathEqualTo('/fred/series/observations')).atPriority(1)
                .withQueryParam('api_key', absent())
                .willReturn(json(body('fred/error_api_key'), 400)))
        server.stubFor(WireMock.any(WireMock.urlPathMatching("${FINNHUB_PATH}/.*")).atPriority(1)
                .withHeader(FinnhubHeader.NAME, notMatching(FINNHUB_KEY))
                .willReturn(json(body('finnhub/error_401'), 401)))
        server.stubFor(WireMock.any(WireMock.urlPathMatching("${FINNHUB_PATH}/.*")).atPriority(1)
                .withHeader(FinnhubHeader.NAME, absent())
                .willReturn(json(body('finnhub/error_401'), 401)))
    }

    /** FRED observations of one series; {@code query} params must match exactly. */
    void fred(String seriesId, String stub, Map<String, String> query = [:], int status = 200) {
        MappingBuilder mapping = WireMock.get(urlPathEqualTo('/fred/series/observations'))
                .withQueryParam('series_id', equalTo(seriesId))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        live.stubFor(mapping.willReturn(json(body("fred/${stub}"), status)))
    }

    /** The eleven DGS series of the curve from their stub files. */
    void fredCurve(Map<String, String> query = [:]) {
        CURVE.each { fred(it, it, query) }
    }

    void quote(String symbol, String stub = "quote_${symbol}", int status = 200) {
        live.stubFor(WireMock.get(urlPathEqualTo("${FINNHUB_PATH}/quote")).withQueryParam('symbol', equalTo(symbol))
                .willReturn(json(body("finnhub/${stub}"), status)))
    }

    void calendar(String stub, Map<String, String> query = [:], int status = 200) {
        MappingBuilder mapping = WireMock.get(urlPathEqualTo("${FINNHUB_PATH}/calendar/economic"))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        live.stubFor(mapping.willReturn(json(body("finnhub/${stub}"), status)))
    }

    /** A Socrata dataset; any query. */
    void cot(String datasetId, String stub, int status = 200) {
        live.stubFor(WireMock.get(urlPathEqualTo("/resource/${datasetId}.json"))
                .willReturn(json(body("cftc/${stub}"), status)))
    }

    List<ServeEvent> requests(String pathPrefix) {
        requests(live).findAll { it.request.url.startsWith(pathPrefix) }
    }

    /** Query parameters of a request, decoded. */
    static Map<String, String> query(ServeEvent event) {
        event.request.queryParams.collectEntries { k, v -> [k, v.firstValue()] }
    }

    static String body(String stub) {
        resource("/${stub}.json")
    }

    static ResponseDefinitionBuilder json(String body, int status = 200) {
        jsonResponse(body, status, [:])
    }

    /** The header name, kept apart so specs read it from the plugin and not from a copy. */
    static class FinnhubHeader {
        static final String NAME = io.cerbero.mcp.plugin.macro.client.FinnhubClient.TOKEN_HEADER
    }
}
