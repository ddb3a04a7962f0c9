package io.cerbero.mcp.plugin.sentiment

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.testing.VenuePair.jsonResponse

/**
 * Each venue's own error format mapped onto the gateway's codes. One venue is asked at a time, so its failure is the
 * whole call's failure and the code shows; with several venues the same reason appears under sources.failed.
 */
class SentimentVenueErrorsSpec extends Specification {

    @Shared @AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    ToolException failureOf(String venue, String currency = 'BTC') {
        try {
            h.call(Environment.TESTNET, 'sentiment', 'get_funding_multi_exchange',
                    """{"currency":"${currency}","venues":["${venue}"]}""")
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError('the call succeeded')
    }

    def '#venue: #what is #code'() {
        given:
        setup.call(sources)

        when:
        def e = failureOf(venue, currency)

        then:
        e.code() == code
        e.details().sources[0].message.contains(message)

        where:
        venue         | what                         | currency | code                        | message                                   | setup
        'binance'     | 'code -1121 on HTTP 400'     | 'NOPE'   | ErrorCode.UPSTREAM_REJECTED | 'Invalid symbol. (code -1121)'            | { s -> s.get('binance', '/fapi/v1/premiumIndex', 'error_invalid_symbol', [:], 400); s.get('binance', '/fapi/v1/fundingInfo', 'funding_info') }
        'binance'     | 'code -1003 (too many)'      | 'BTC'    | ErrorCode.RATE_LIMIT        | 'Binance rate limit reached'              | { s -> s.get('binance', '/fapi/v1/premiumIndex', 'error_too_many_requests', [:], 400); s.get('binance', '/fapi/v1/fundingInfo', 'funding_info') }
        'binance'     | 'HTTP 418 (IP ban)'          | 'BTC'    | ErrorCode.RATE_LIMIT        | 'banned this server'                      | { s -> s.all('binance', jsonResponse('{"code":-1003,"msg":"Way too many requests; IP banned"}', 418, ['Retry-After': '120'])) }
        'binance'     | 'HTTP 451 (location)'        | 'BTC'    | ErrorCode.UPSTREAM_REJECTED | "not available from this server's location" | { s -> s.all('binance', jsonResponse('{"code":0,"msg":"Service unavailable from a restricted location"}', 451, [:]).withBody('<html>restricted</html>')) }
        'bybit'       | 'retCode 10006 on HTTP 200'  | 'BTC'    | ErrorCode.RATE_LIMIT        | 'Bybit rate limit reached'                | { s -> s.get('bybit', '/v5/market/tickers', 'error_10006_rate_limit') }
        'bybit'       | 'retCode 10001'              | 'NOPE'   | ErrorCode.UPSTREAM_REJECTED | 'params error: symbol invalid'            | { s -> s.get('bybit', '/v5/market/tickers', 'error_10001_symbol') }
        'bybit'       | 'HTTP 403 (IP limit)'        | 'BTC'    | ErrorCode.RATE_LIMIT        | 'HTTP 403'                                | { s -> s.all('bybit', jsonResponse('', 403, [:])) }
        'bybit'       | 'an empty list'              | 'NOPE'   | ErrorCode.UPSTREAM_REJECTED | 'no linear perpetual NOPEUSDT'            | { s -> s.getBody('bybit', '/v5/market/tickers', '{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[]},"time":1}') }
        'okx'         | 'code 51001'                 | 'NOPE'   | ErrorCode.UPSTREAM_REJECTED | "Instrument ID doesn't exist. (code 51001)" | { s -> s.get('okx', '/api/v5/public/funding-rate', 'error_51001_instrument', [:], 400) }
        'okx'         | 'code 50011 on HTTP 200'     | 'BTC'    | ErrorCode.RATE_LIMIT        | 'OKX rate limit reached'                  | { s -> s.getBody('okx', '/api/v5/public/funding-rate', '{"code":"50011","msg":"Too Many Requests","data":[]}') }
        'hyperliquid' | 'a coin it does not list'    | 'NOPE'   | ErrorCode.UPSTREAM_REJECTED | 'no listed perpetual named NOPE'          | { s -> s.post('hyperliquid', '/info', '{"type":"metaAndAssetCtxs"}', 'meta_and_asset_ctxs') }
        'hyperliquid' | 'a delisted coin'            | 'OLDCOIN' | ErrorCode.UPSTREAM_REJECTED | 'no listed perpetual named OLDCOIN'      | { s -> s.post('hyperliquid', '/info', '{"type":"metaAndAssetCtxs"}', 'meta_and_asset_ctxs') }
        'hyperliquid' | 'HTTP 422 with text'         | 'BTC'    | ErrorCode.UPSTREAM_REJECTED | 'answered HTTP 422'                       | { s -> s.all('hyperliquid', jsonResponse('Failed to deserialize the JSON body', 422, [:])) }
        'deribit'     | 'error 10028'                | 'BTC'    | ErrorCode.RATE_LIMIT        | 'Deribit rate limit reached'              | { s -> s.get('deribit', '/api/v2/public/ticker', 'error_10028_too_many_requests', [:], 400) }
        'deribit'     | 'error -32602'               | 'NOPE'   | ErrorCode.UPSTREAM_REJECTED | 'Invalid params (code -32602)'            | { s -> s.get('deribit', '/api/v2/public/ticker', 'error_instrument_not_found', [:], 400) }
        'deribit'     | 'an HTML page on HTTP 200'   | 'BTC'    | ErrorCode.UPSTREAM_ERROR    | 'in an unexpected format'                 | { s -> s.all('deribit', jsonResponse('<html>maintenance</html>', 200, [:])) }
        'okx'         | 'HTTP 503'                   | 'BTC'    | ErrorCode.UPSTREAM_ERROR    | 'HTTP 503'                                | { s -> s.all('okx', jsonResponse('', 503, [:])) }
    }

    def 'the symbol each venue is asked for is its own spelling of the coin'() {
        given:
        sources.venuesForBtc()

        when:
        h.call(Environment.TESTNET, 'sentiment', 'get_funding_multi_exchange', '{"currency":"BTC"}')

        then:
        sources.requestsOf('binance').find { it.request.url.contains('premiumIndex') }.request.queryParameter('symbol').firstValue() == 'BTCUSDT'
        sources.requestsOf('bybit')[0].request.queryParameter('symbol').firstValue() == 'BTCUSDT'
        sources.requestsOf('okx')[0].request.queryParameter('instId').firstValue() == 'BTC-USDT-SWAP'
        sources.requestsOf('hyperliquid')[0].request.bodyAsString == '{"type":"metaAndAssetCtxs"}'
        sources.requestsOf('deribit')[0].request.queryParameter('instrument_name').firstValue() == 'BTC-PERPETUAL'
    }

    def 'Deribit coins other than BTC and ETH are its linear USDC perpetuals, whose open interest is in coin'() {
        given:
        sources.getBody('deribit', '/api/v2/public/ticker', '''{"jsonrpc":"2.0","result":{"timestamp":1735811998500,
                "instrument_name":"SOL_USDC-PERPETUAL","mark_price":190.5,"open_interest":1000.5,"funding_8h":0.0001,
                "current_funding":0.00001}}''', [instrument_name: 'SOL_USDC-PERPETUAL'])

        when:
        def series = h.call(Environment.TESTNET, 'sentiment', 'get_oi_history', '{"currency":"SOL","venues":["deribit"]}')
                .body().path('series')[0]

        then:
        series.path('symbol').asText() == 'SOL_USDC-PERPETUAL'
        series.path('points')[0].path('open_interest').decimalValue() == 1000.5G
        series.path('points')[0].path('open_interest_usd').decimalValue() == 190595.25G
    }
}
