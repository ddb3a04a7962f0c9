package io.cerbero.mcp.plugin.sentiment

import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.config.ResolvedPluginConfig
import io.cerbero.mcp.core.spi.AsyncTool
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * Config and routing: no testnet exists for these sources, so both tokens reach the same URLs; the variables keep the
 * providers' own names; keys may still differ per environment; every tool is a non-blocking read.
 */
class SentimentRoutingSpec extends Specification {

    @Shared @AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    def 'the variables are the providers own names and SENTIMENT_ for the plugin and the venues'() {
        given:
        def plugin = new SentimentPlugin()

        expect:
        plugin.configPrefix() == ''
        plugin.configKeys()*.name() == ['CRYPTOPANIC_KEY', 'LUNARCRUSH_KEY', 'COINDESK_KEY', 'SENTIMENT_DEADLINE_MS']
        plugin.configKeys().findAll { it.secret() }*.name() == ['CRYPTOPANIC_KEY', 'LUNARCRUSH_KEY', 'COINDESK_KEY']
        plugin.configKeys().every { !it.required() }
        plugin.upstreams()*.urlKey() == ['CRYPTOPANIC_URL', 'COINDESK_URL', 'LUNARCRUSH_URL', 'SENTIMENT_BINANCE_URL',
                                        'SENTIMENT_BYBIT_URL', 'SENTIMENT_OKX_URL', 'SENTIMENT_HYPERLIQUID_URL',
                                        'SENTIMENT_DERIBIT_URL']
        plugin.upstreams().every { !it.perEnvironment && it.liveDefault().startsWith('https://') }
    }

    def 'both environments read the same sources; nothing goes to a testnet'() {
        given:
        sources.venuesForBtc()

        when:
        def testnet = h.call(Environment.TESTNET, 'sentiment', 'get_funding_multi_exchange', '{"currency":"BTC"}').body()
        def mainnet = h.call(Environment.MAINNET, 'sentiment', 'get_funding_multi_exchange', '{"currency":"BTC"}').body()

        then:
        testnet.path('rates') == mainnet.path('rates')
        sources.requestsOf('binance').size() == 4
        sources.testnet.allServeEvents.isEmpty()
    }

    def 'a key set per environment is used by that environment only'() {
        given:
        def perEnvironment = sources.harness([CRYPTOPANIC_KEY_TESTNET: 'cp-testnet-token', CRYPTOPANIC_KEY_LIVE: 'cp-live-token'])
        sources.get('cryptopanic', '/posts/', 'posts_btc')

        when:
        perEnvironment.call(Environment.TESTNET, 'sentiment', 'get_news', '{"sources":["cryptopanic"]}')
        perEnvironment.call(Environment.MAINNET, 'sentiment', 'get_news', '{"sources":["cryptopanic"]}')

        then:
        sources.requestsOf('cryptopanic')*.request*.queryParameter('auth_token')*.firstValue() == ['cp-testnet-token', 'cp-live-token']

        cleanup:
        perEnvironment?.close()
    }

    def 'keys never show in the session, the resolved config or the plugin'() {
        given:
        def plugin = new SentimentPlugin()
        def registered = h.registry().plugins()[0]
        def config = sources.config([COINDESK_KEY: 'cd-secret-77'])

        when:
        def seen = [h.sessions().session(registered, Environment.TESTNET).toString(), plugin.toString(),
                    ResolvedPluginConfig.resolve('', plugin.configKeys(), Environment.MAINNET, ConfigSource.of(config)).toString()]

        then:
        seen.every { !it.contains(SentimentSources.CRYPTOPANIC_KEY) && !it.contains(SentimentSources.LUNARCRUSH_KEY) && !it.contains('cd-secret-77') }
        seen[0].contains('cryptopanic_key=****')
    }

    def 'a malformed deadline is NOT_CONFIGURED naming its variable'() {
        given:
        def broken = sources.harness([SENTIMENT_DEADLINE_MS: value])

        when:
        broken.call(Environment.TESTNET, 'sentiment', 'get_funding_multi_exchange', '{"currency":"BTC"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.startsWith('SENTIMENT_DEADLINE_MS ')
        e.message.contains(problem)

        cleanup:
        broken?.close()

        where:
        value   | problem
        'soon'  | 'is not a whole number'
        '5s'    | 'is not a whole number'
        '99'    | 'must be 100-30000 ms'
        '30001' | 'must be 100-30000 ms'
    }

    def 'a base URL may carry a path: each source appends its own endpoint to it'() {
        given:
        sources.get('deribit', '/api/v2/public/ticker', 'ticker_btc_perpetual')

        when:
        h.call(Environment.TESTNET, 'sentiment', 'get_funding_multi_exchange', '{"currency":"BTC","venues":["deribit"]}')

        then:
        sources.requestsOf('deribit')[0].request.url.startsWith('/deribit/api/v2/public/ticker?')
    }

    def 'every tool is a non-blocking read'() {
        expect:
        new SentimentPlugin().tools().every { it instanceof AsyncTool && it.effect() == Effect.READ && it.outputType() != null }
    }

    def 'on the non-blocking path a tool answers through the same fan-out'() {
        given: 'an open session, as the server has after the first call'
        sources.venuesForBtc()
        h.call(Environment.MAINNET, 'sentiment', 'get_funding_arb_spread', '{"currency":"BTC"}')

        when:
        def body = h.callAsync(Environment.MAINNET, 'sentiment', 'get_funding_arb_spread', '{"currency":"BTC"}').join().body()

        then:
        body.path('short_venue').asText() == 'okx'
        body.path('sources').path('answered').size() == 5
    }
}
