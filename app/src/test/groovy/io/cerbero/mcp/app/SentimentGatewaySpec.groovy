package io.cerbero.mcp.app

import com.github.tomakehurst.wiremock.WireMockServer
import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.okJson
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options

/**
 * The built-in sentiment plugin over HTTP. It has no testnet: either token reaches the same sources, and a missing or
 * unknown token still gets 401 before anything is called.
 */
class SentimentGatewaySpec extends Specification {

    /** One stand-in for every sentiment source; the app's config points Deribit at it. */
    @Shared @AutoCleanup('stop') WireMockServer sources = started(new WireMockServer(options().dynamicPort()))
    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture([SENTIMENT_DERIBIT_URL: sources.baseUrl()])

    static WireMockServer started(WireMockServer server) {
        server.start()
        server
    }

    def setup() {
        sources.resetAll()
        gw.resetVenues()
        sources.stubFor(get(urlPathEqualTo('/api/v2/public/ticker')).withQueryParam('instrument_name', equalTo('BTC-PERPETUAL'))
                .willReturn(okJson('''{"jsonrpc":"2.0","result":{"timestamp":1735811998500,"instrument_name":"BTC-PERPETUAL",
                        "mark_price":96490.5,"open_interest":1200000000,"funding_8h":0.00003,"current_funding":0.0000021}}''')))
    }

    def 'the #name token reaches the sentiment sources'() {
        when:
        def response = gw.post('/mcp-sentiment/tools/get_funding_multi_exchange',
                '{"currency":"BTC","venues":["deribit"]}', token)
        def body = gw.read(response)

        then:
        response.statusCode() == 200
        body.rates[0].venue.asText() == 'deribit'
        body.rates[0].rate8h.decimalValue() == 0.00003
        body.sources.answered*.asText() == ['deribit']
        body.request_id.asText() == response.headers().firstValue('X-Request-Id').get()
        sources.allServeEvents.size() == 1
        gw.venueRequests() == 0

        where:
        name      | token
        'testnet' | GatewayFixture.TESTNET_TOKEN
        'mainnet' | GatewayFixture.MAINNET_TOKEN
    }

    def 'a missing or unknown token is a 401 and no source is called'() {
        when:
        def response = gw.post('/mcp-sentiment/tools/get_funding_multi_exchange',
                '{"currency":"BTC","venues":["deribit"]}', token)

        then:
        response.statusCode() == 401
        gw.read(response).error.code.asText() == 'UNAUTHORIZED'
        sources.allServeEvents.isEmpty()

        where:
        token << [null, '', 'not-a-token-of-this-gateway']
    }

    def 'a tool whose key is not configured answers 503 NOT_CONFIGURED, naming the variable'() {
        when:
        def response = gw.post('/mcp-sentiment/tools/get_social_metrics', '{"symbol":"BTC"}')
        def error = gw.read(response).error

        then:
        response.statusCode() == 503
        error.code.asText() == 'NOT_CONFIGURED'
        error.message.asText().contains('LUNARCRUSH_KEY')
        sources.allServeEvents.isEmpty()
    }

    def 'the plugin and its seven tools are listed with their schemas'() {
        when:
        def tools = gw.read(gw.get('/mcp-sentiment/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot'))
        def doc = gw.read(gw.get('/openapi.json'))

        then:
        tools.toString().contains('get_news')
        ['get_news', 'get_social_metrics', 'get_funding_multi_exchange', 'get_funding_arb_spread', 'get_oi_history',
         'get_liquidation_heatmap', 'get_cointegration_pairs'].every { doc.paths.has("/mcp-sentiment/tools/${it}".toString()) }
        doc.tags*.get('name')*.asText().contains('sentiment')
    }
}
