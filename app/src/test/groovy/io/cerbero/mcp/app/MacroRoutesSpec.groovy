package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.testing.VenuePair
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.okJson
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * The built-in macro plugin over HTTP. Its providers have no testnet: both tokens reach the same sources (here the
 * live server of a VenuePair of its own, standing in for FRED, Finnhub and the CFTC), but a call without a valid token is refused before any
 * source is asked. Finnhub's key is left unset, so its tools answer 503 while the others work.
 * (The echo venues of the fixture are there too and must stay silent.)
 */
class MacroRoutesSpec extends Specification {
    static final String FRED_KEY = '0123456789abcdef0123456789abcdef'

    static final String DGS10 = '''{"realtime_start":"2025-01-02","realtime_end":"2025-01-02",
        "observation_start":"2024-01-02","observation_end":"2025-01-02","units":"lin","output_type":1,
        "file_type":"json","order_by":"observation_date","sort_order":"desc","count":2,"offset":0,"limit":1000,
        "observations":[{"realtime_start":"2025-01-02","realtime_end":"2025-01-02","date":"2024-12-31","value":"4.58"},
                        {"realtime_start":"2025-01-02","realtime_end":"2025-01-02","date":"2024-12-30","value":"4.55"}]}'''

    /** The providers: one host for both environments, so only the pair's live server may ever be asked. */
    @Shared @AutoCleanup('stop') VenuePair sources = started(new VenuePair('MACRO'))
    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture(FRED_URL: sources.live.baseUrl(),
            CFTC_URL: sources.live.baseUrl(), FINNHUB_URL: sources.live.baseUrl() + '/api/v1', FRED_API_KEY: FRED_KEY)

    private static VenuePair started(VenuePair pair) {
        pair.start()
        pair
    }

    def setup() {
        gw.resetVenues()
        sources.reset()
        sources.live.stubFor(get(urlPathEqualTo('/fred/series/observations')).withQueryParam('series_id', equalTo('DGS10'))
                .withQueryParam('api_key', equalTo(FRED_KEY)).willReturn(okJson(DGS10)))
    }

    def 'both tokens get the same FRED series from the one source, stamped with the observation date'() {
        when:
        def response = gw.post('/mcp-macro/tools/get_fred_series', '{"series_id":"DGS10"}', token)
        def body = gw.read(response)

        then:
        response.statusCode() == 200
        body.series_id.asText() == 'DGS10'
        body.observations*.get('value')*.decimalValue() == [4.55G, 4.58G]
        body.data_timestamp.asText() == '2024-12-31T00:00:00Z'
        response.headers().firstValue('X-Data-Timestamp').get() == '2024-12-31T00:00:00Z'
        sources.live.allServeEvents.size() == 1
        sources.testnet.allServeEvents.isEmpty()
        gw.venueRequests() == 0

        where:
        token << [GatewayFixture.TESTNET_TOKEN, GatewayFixture.MAINNET_TOKEN]
    }

    def 'a call without a valid token is 401 and no source is asked'() {
        when:
        def response = gw.post('/mcp-macro/tools/get_fred_series', '{"series_id":"DGS10"}', token)

        then:
        response.statusCode() == 401
        gw.read(response).error.code.asText() == 'UNAUTHORIZED'
        sources.totalRequestCount() == 0

        where:
        token << [null, '', 'not-a-token-at-all', GatewayFixture.MAINNET_TOKEN.reverse()]
    }

    def 'a tool whose provider key is missing answers 503 NOT_CONFIGURED naming the variable, the rest keep working'() {
        when:
        def response = gw.post('/mcp-macro/tools/get_asset_prices', '{}')
        def error = gw.read(response).error

        then:
        response.statusCode() == 503
        error.code.asText() == 'NOT_CONFIGURED'
        error.message.asText().startsWith('FINNHUB_API_KEY is not set')
        sources.totalRequestCount() == 0

        and:
        gw.post('/mcp-macro/tools/get_fred_series', '{"series_id":"DGS10"}').statusCode() == 200
    }

    def 'the macro tools are listed and documented, and the FRED key never shows'() {
        when:
        def tools = gw.read(gw.get('/mcp-macro/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot')).tools
        def doc = gw.get('/openapi.json').body()

        then:
        tools*.get('name')*.asText() == ['get_treasury_yields', 'get_fred_series', 'get_yield_curve_slope',
                                         'get_breakeven_inflation', 'get_asset_prices', 'get_equity_futures',
                                         'get_economic_calendar', 'get_cot_tff', 'get_cot_disaggregated',
                                         'get_cot_extreme_positioning']
        tools.every { it.effect.asText() == 'READ' }
        doc.contains('/mcp-macro/tools/get_cot_extreme_positioning')
        !doc.contains(FRED_KEY)
    }
}
