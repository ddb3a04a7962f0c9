package io.cerbero.mcp.app

import com.fasterxml.jackson.databind.ObjectMapper
import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.VenuePair
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

import java.nio.file.Files

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.matching
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * A Bybit order whose answer never comes, end to end over HTTP: the gateway's venue client gives up after a short
 * read timeout while the stub still holds the request, the order pipeline asks Bybit by orderLinkId, and the audit
 * file must say what became of the order, under its client order id, with no secret in it.
 */
class UnknownOutcomeAuditSpec extends Specification {
    static final String API_KEY = 'bybit-audit-key-4f2a'
    static final String API_SECRET = 'bybit-audit-secret-c07e91'
    /** Bybit is asked to hold the create answer this long; the gateway gives up after READ_TIMEOUT. */
    static final int CREATE_DELAY_MS = 4000
    static final String READ_TIMEOUT = '1500ms'

    @Shared VenuePair bybit = startedBybit()
    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture(bybit.urlConfig() + [
            BYBIT_API_KEY   : API_KEY,
            BYBIT_API_SECRET: API_SECRET,
    ], false, null, ['micronaut.http.client.read-timeout': READ_TIMEOUT])
    ObjectMapper json = new ObjectMapper()

    static VenuePair startedBybit() {
        def pair = new VenuePair('BYBIT')
        pair.start()
        pair
    }

    def setupSpec() {
        // a warm client first: the cold first exchange of a loaded machine must not be the one that times out
        orderPrerequisites()
        def dryRun = gw.post('/mcp-bybit/tools/place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01",' +
                '"type":"limit","price":"60000","dry_run":true}', GatewayFixture.TESTNET_TOKEN, 'warm-up')
        assert dryRun.statusCode() == 200: dryRun.body()
    }

    def cleanupSpec() {
        bybit.stop()
    }

    def setup() {
        bybit.reset()
        orderPrerequisites()
        bybit.testnet.stubFor(WireMock.post(urlPathEqualTo('/v5/order/create'))
                .willReturn(VenuePair.jsonResponse(CREATE_ACK).withFixedDelay(CREATE_DELAY_MS)))
    }

    @Unroll
    def "a create that times out after sending, with a lookup that #lookupCase, is answered #outcome and audited so"() {
        given:
        if (lookupFails) {
            bybit.testnet.stubFor(WireMock.get(urlPathEqualTo('/v5/order/realtime')).atPriority(1)
                    .withQueryParam('orderLinkId', matching('.+'))
                    .willReturn(VenuePair.jsonResponse('{"retCode":10016,"retMsg":"Server error"}', 503, [:])))
        }

        when:
        def response = gw.post('/mcp-bybit/tools/place_order', """{"symbol":"BTCUSDT","side":"buy","qty":"0.01",
                "type":"limit","price":"60000","client_order_id":"${clientOrderId}"}""", GatewayFixture.TESTNET_TOKEN,
                botTag)
        def error = gw.read(response).error

        then: 'the order was sent once, then looked up by its client order id'
        assert response.statusCode() == 504: response.body()
        bybit.requests(bybit.testnet, 'POST').count { it.request.url.startsWith('/v5/order/create') } == 1
        bybit.requests(Environment.TESTNET).any { it.request.url.contains("orderLinkId=${clientOrderId}") }

        and: 'the answer is not retryable and says what became of the order, under its client order id'
        response.statusCode() == 504
        error.code.asText() == 'UPSTREAM_TIMEOUT'
        !error.retryable.asBoolean()
        error.details.outcome.asText() == outcome
        error.details.client_order_id.asText() == clientOrderId

        and: 'the audit file holds the prepared request and an outcome record of the same order'
        def mine = auditLines().findAll { it.bot_tag?.asText() == botTag }
        def prepared = mine.find { it.phase.asText() == 'prepared' }
        def last = mine.find { it.phase.asText() == 'outcome' }
        mine*.phase*.asText() == ['attempt', 'prepared', 'outcome']
        prepared.client_order_id.asText() == clientOrderId
        prepared.params.request.path.asText() == '/v5/order/create'
        last.outcome.asText() == outcome
        last.error_code.asText() == 'UPSTREAM_TIMEOUT'
        last.client_order_id.asText() == clientOrderId
        last.request_id.asText() == response.headers().firstValue('X-Request-Id').get()

        and: 'no key, secret, signature or token is in the file'
        def text = Files.readString(gw.auditDir.resolve('audit.jsonl'))
        def signature = bybit.requests(bybit.testnet, 'POST')[0].request.getHeader('X-BAPI-SIGN')
        signature != null && !text.contains(signature)
        !text.contains(API_SECRET)
        !text.contains(API_KEY)
        !text.contains(GatewayFixture.TESTNET_TOKEN)
        !text.contains(GatewayFixture.MAINNET_TOKEN)

        where:
        lookupCase                      | lookupFails | outcome      | clientOrderId       | botTag
        'fails as well'                 | true        | 'unknown'    | 'audit-unknown-01'  | 'lost-answer-bot'
        'finds no order of that id'     | false       | 'not_placed' | 'audit-notplaced-1' | 'not-placed-bot'
    }

    private List auditLines() {
        Files.readAllLines(gw.auditDir.resolve('audit.jsonl')).collect { json.readTree(it) }
    }

    /** What the pipeline reads before it sends a BTCUSDT linear order: the instrument, the wallet, an empty book. */
    private void orderPrerequisites() {
        get('/v5/market/instruments-info', [category: 'linear', symbol: 'BTCUSDT'], INSTRUMENT)
        get('/v5/account/wallet-balance', [accountType: 'UNIFIED'], WALLET)
        get('/v5/market/tickers', [category: 'linear', symbol: 'BTCUSDT'], TICKER)
        ['/v5/position/list', '/v5/order/realtime'].each { path ->
            bybit.testnet.stubFor(WireMock.get(urlPathEqualTo(path)).atPriority(9)
                    .willReturn(VenuePair.jsonResponse(EMPTY_LIST)))
        }
    }

    private void get(String path, Map<String, String> query, String body) {
        def mapping = WireMock.get(urlPathEqualTo(path))
        query.each { k, v -> mapping = mapping.withQueryParam(k, equalTo(v)) }
        bybit.testnet.stubFor(mapping.willReturn(VenuePair.jsonResponse(body)))
    }

    static final String EMPTY_LIST = '{"retCode":0,"retMsg":"OK","result":{"list":[],"nextPageCursor":""},"retExtInfo":{},"time":1764496800000}'

    static final String CREATE_ACK = '{"retCode":0,"retMsg":"OK","result":{"orderId":"7d0c1b5e-0000-4000-8000-00000000a001",' +
            '"orderLinkId":"late"},"retExtInfo":{},"time":1764496800000}'

    static final String INSTRUMENT = '''{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[{
        "symbol":"BTCUSDT","contractType":"LinearPerpetual","status":"Trading","baseCoin":"BTC","quoteCoin":"USDT",
        "settleCoin":"USDT","priceScale":"2",
        "leverageFilter":{"minLeverage":"1","maxLeverage":"100.00","leverageStep":"0.01"},
        "priceFilter":{"minPrice":"0.10","maxPrice":"1999999.80","tickSize":"0.10"},
        "lotSizeFilter":{"maxOrderQty":"1190.000","minOrderQty":"0.001","qtyStep":"0.001",
                         "maxMktOrderQty":"500.000","minNotionalValue":"5"}}],"nextPageCursor":""},
        "retExtInfo":{},"time":1764496800000}'''

    static final String WALLET = '''{"retCode":0,"retMsg":"OK","result":{"list":[{"accountType":"UNIFIED",
        "totalEquity":"20000.00","totalWalletBalance":"20000.00","totalMarginBalance":"20000.00",
        "totalAvailableBalance":"19000.00","totalPerpUPL":"0","totalInitialMargin":"0","totalMaintenanceMargin":"0",
        "accountIMRate":"0","accountMMRate":"0","accountLTV":"0",
        "coin":[{"coin":"USDT","equity":"20000.00","walletBalance":"20000.00","usdValue":"20000.00",
                 "unrealisedPnl":"0","cumRealisedPnl":"0","totalPositionIM":"0","totalPositionMM":"0",
                 "totalOrderIM":"0","locked":"0","availableToWithdraw":"19000.00","bonus":"0",
                 "borrowAmount":"0","accruedInterest":"0","availableToBorrow":"","marginCollateral":true,
                 "collateralSwitch":true}]}]},"retExtInfo":{},"time":1764496800000}'''

    static final String TICKER = '''{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[{
        "symbol":"BTCUSDT","lastPrice":"61000.00","indexPrice":"60990.00","markPrice":"61001.00",
        "bid1Price":"60999.90","ask1Price":"61000.10","bid1Size":"2.000","ask1Size":"1.500","fundingRate":"0.0001",
        "nextFundingTime":"1764518400000","openInterest":"50000","openInterestValue":"3050000000",
        "volume24h":"90000","turnover24h":"5490000000","price24hPcnt":"0.01","highPrice24h":"61500.00",
        "lowPrice24h":"60000.00","prevPrice24h":"60400.00","deliveryTime":"0","fundingIntervalHour":"8"}]},
        "retExtInfo":{},"time":1764496800000}'''
}
