package io.cerbero.mcp.plugin.sentiment

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.plugin.sentiment.tools.PartialAnswers
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

/**
 * A fan-out answer in which a source failed is cached for a fifth of the tool's freshness (at least 5 s), so the
 * full picture returns soon after the source does; a full answer is cached as the tool declares.
 */
class SentimentPartialCachingSpec extends Specification {

    @Shared @AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    void newsStubs() {
        sources.get('cryptopanic', '/posts/', 'posts_btc',
                [auth_token: SentimentSources.CRYPTOPANIC_KEY, public: 'true', kind: 'all', currencies: 'BTC'])
        sources.get('coindesk', '/news/v1/article/list', 'articles_btc', [lang: 'EN', limit: '20', categories: 'BTC'])
    }

    def 'a full news answer carries no limit: it is cached for the declared minute'() {
        given:
        newsStubs()

        expect:
        h.call(Environment.MAINNET, 'sentiment', 'get_news', '{"currency":"BTC"}').cacheLimit() == null
    }

    def 'a news answer without one provider is cached 12 s at most (a fifth of its minute)'() {
        given:
        def keyless = sources.keylessHarness()
        sources.get('coindesk', '/news/v1/article/list', 'articles_btc', [categories: 'BTC'])

        when:
        def result = keyless.call(Environment.MAINNET, 'sentiment', 'get_news', '{"currency":"BTC"}')

        then:
        result.body().path('sources').path('failed').size() == 1
        result.cacheLimit() == Duration.ofSeconds(12)

        cleanup:
        keyless?.close()
    }

    def 'the partial limit is a fifth of the freshness, at least 5 s and never above the freshness'() {
        expect:
        PartialAnswers.limitFor(fresh) == limit

        where:
        fresh                    | limit
        Duration.ofSeconds(3)    | Duration.ofSeconds(3)
        Duration.ofSeconds(15)   | Duration.ofSeconds(5)
        Duration.ofSeconds(60)   | Duration.ofSeconds(12)
        Duration.ofMinutes(5)    | Duration.ofMinutes(1)
    }
}
