package io.cerbero.mcp.plugin.alpaca

import com.github.tomakehurst.wiremock.client.WireMock
import groovy.json.JsonOutput
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.math.RoundingMode
import java.time.Duration
import java.time.Instant

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * get_technical_indicators on core's IndicatorReport: the latest bars from the data API, the still forming bar left
 * out unless asked for. The stub has 300 daily bars, the last one starting 2025-01-02T05:00Z, still forming at the
 * harness clock (10:00Z).
 */
class AlpacaTechnicalIndicatorsSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    /** Closes of a gentle zig-zag, oldest first. */
    static List<BigDecimal> closes = (0..<300).collect { 100G + (it % 7) - 3G + it * 0.05G }

    static String barsNewestFirst() {
        Instant last = Instant.parse('2025-01-02T05:00:00Z')
        def rows = (299..0).collect { int i ->
            BigDecimal c = closes[i]
            [t: last.minus(Duration.ofDays(299 - i)).toString(), o: c - 0.5G, h: c + 1G, l: c - 1G, c: c, v: 1000, n: 10, vw: c]
        }
        JsonOutput.toJson([bars: [AAPL: rows], next_page_token: null])
    }

    def setup() {
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v2/stocks/bars'))
                .willReturn(AlpacaVenue.json(barsNewestFirst())))
    }

    def 'the indicators are of the last closed bar: the forming one is left out'() {
        when:
        def r = h.call(Environment.TESTNET, 'alpaca', 'get_technical_indicators', '{"symbol":"AAPL"}').body()

        then:
        venue.requests(venue.data)[0].request.queryParameter('limit').firstValue() == '300'
        venue.requests(venue.data)[0].request.queryParameter('timeframe').firstValue() == '1Day'
        r.path('interval').asText() == '1d'
        r.path('bars').asInt() == 299
        r.path('candle_time').asText() == '2025-01-01T05:00:00Z'
        !r.path('forming').asBoolean()
        r.path('settled').asBoolean()
        r.path('close').decimalValue() == closes[298]
        r.path('sma').path('period').asInt() == 20
        (r.path('sma').path('value').decimalValue() - mean(closes[279..298])).abs() < 1e-9G
        r.path('rsi').path('value').decimalValue() > 0G
        r.path('macd').has('signal')
        r.path('bollinger').path('middle').decimalValue().setScale(6, RoundingMode.HALF_EVEN) ==
                mean(closes[279..298]).setScale(6, RoundingMode.HALF_EVEN)
    }

    def 'include_forming computes on the forming bar and says so'() {
        when:
        def r = h.call(Environment.TESTNET, 'alpaca', 'get_technical_indicators',
                '{"symbol":"AAPL","interval":"1d","include_forming":true}').body()

        then:
        r.path('bars').asInt() == 300
        r.path('forming').asBoolean()
        r.path('candle_time').asText() == '2025-01-02T05:00:00Z'
        (r.path('sma').path('value').decimalValue() - mean(closes[280..299])).abs() < 1e-9G
    }

    def 'a limit too short for MACD is INVALID_INPUT before any call'() {
        when:
        h.call(Environment.TESTNET, 'alpaca', 'get_technical_indicators', '{"symbol":"AAPL","limit":34}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests(venue.data).isEmpty()
    }

    static BigDecimal mean(List<BigDecimal> values) {
        values.sum().divide(values.size() as BigDecimal, 12, RoundingMode.HALF_EVEN)
    }
}
