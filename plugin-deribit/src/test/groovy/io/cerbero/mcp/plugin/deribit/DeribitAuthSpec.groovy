package io.cerbero.mcp.plugin.deribit

import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.stubbing.Scenario
import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * The session's access token: one public/auth for many private calls, a refresh before expiry, and one fresh
 * authentication (then one resend) when Deribit answers 13009.
 */
class DeribitAuthSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    MutableClock clock = new MutableClock()
    @AutoCleanup PluginHarness h = freshHarness()

    PluginHarness freshHarness() {
        venue.reset()
        venue.harness(clock)
    }

    def summary() {
        h.call(Environment.TESTNET, 'deribit', 'get_account_summary', '{"currency":"BTC"}').body()
    }

    List<Map> authParams() {
        venue.calls('public/auth').collect { (new JsonSlurper().parseText(it.request.bodyAsString) as Map).params as Map }
    }

    def 'private calls reuse one token: a single public/auth for several calls'() {
        given:
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC'])

        when:
        summary()
        summary()
        summary()

        then:
        venue.calls('public/auth').size() == 1
        authParams()[0].grant_type == 'client_credentials'
        venue.calls('private/get_account_summary').every { it.request.getHeader('Authorization') == 'Bearer stub-access-token-1' }
        venue.calls('private/get_account_summary').size() == 3
    }

    def 'the auth call carries the secret in a POST body, never in a URL'() {
        given:
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC'])

        when:
        summary()
        def auth = venue.calls('public/auth')[0].request

        then:
        auth.method.value() == 'POST'
        !auth.url.contains(DeribitVenue.CLIENT_SECRET)
        auth.bodyAsString.contains(DeribitVenue.CLIENT_SECRET)
    }

    def 'the token is refreshed with the refresh token before it expires, not after'() {
        given: 'a 900 s token is replaced from 810 s on (a tenth of its life before expiry)'
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC'])
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/public/auth')).atPriority(3)
                .withRequestBody(matchingJsonPath('$.params.grant_type', equalTo('refresh_token')))
                .withRequestBody(matchingJsonPath('$.params.refresh_token', equalTo('stub-refresh-token-1')))
                .willReturn(DeribitVenue.json(DeribitVenue.body('auth_refreshed'))))

        when:
        summary()
        clock.advance(Duration.ofSeconds(800))
        summary()

        then:
        venue.calls('public/auth').size() == 1

        when:
        clock.advance(Duration.ofSeconds(11))
        summary()

        then:
        venue.calls('public/auth').size() == 2
        authParams()[1].grant_type == 'refresh_token'
        venue.calls('private/get_account_summary').last().request.getHeader('Authorization') == 'Bearer stub-access-token-2'
    }

    def 'a refused refresh falls back to the client credentials'() {
        given: 'no stub answers the refresh grant, so it gets 13004'
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC'])

        when:
        summary()
        clock.advance(Duration.ofSeconds(850))
        summary()

        then:
        authParams()*.grant_type == ['client_credentials', 'refresh_token', 'client_credentials']
        venue.calls('private/get_account_summary').size() == 2
    }

    def 'on 13009 the session authenticates again once and resends the same call'() {
        given: 'Deribit refuses the first token once (revoked), then accepts'
        venue.testnet.stubFor(WireMock.get(urlPathEqualTo('/private/get_account_summary')).atPriority(2)
                .inScenario('revoked').whenScenarioStateIs(Scenario.STARTED)
                .willReturn(DeribitVenue.json(DeribitVenue.body('error_13009_invalid_token'), 400))
                .willSetStateTo('renewed'))
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC'])

        when:
        def s = summary()

        then:
        s.path('equity').decimalValue() == 1.5G
        venue.calls('public/auth').size() == 2
        authParams()*.grant_type == ['client_credentials', 'client_credentials']
        venue.calls('private/get_account_summary').size() == 2
    }

    def 'a second 13009 in a row is UPSTREAM_REJECTED: one re-authentication, not a loop'() {
        given:
        venue.testnet.stubFor(WireMock.get(urlPathEqualTo('/private/get_account_summary')).atPriority(2)
                .willReturn(DeribitVenue.json(DeribitVenue.body('error_13009_invalid_token'), 400)))

        when:
        summary()

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 13009
        venue.calls('private/get_account_summary').size() == 2
        venue.calls('public/auth').size() == 2
    }

    def 'wrong credentials are UPSTREAM_REJECTED naming the variables, and the secret is in no message'() {
        given:
        h.close()
        h = venue.harness(clock, [DERIBIT_CLIENT_SECRET_TESTNET: 'not-the-secret-91aa'])

        when:
        summary()

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 13004
        e.suggestedFix().get().contains('DERIBIT_CLIENT_ID')
        !e.message.contains('not-the-secret-91aa')
        !String.valueOf(e.details()).contains('not-the-secret-91aa')
        venue.calls('private/get_account_summary').isEmpty()
    }

    def 'without credentials a private tool is NOT_CONFIGURED and nothing is sent'() {
        given:
        h.close()
        h = venue.keylessHarness()

        when:
        summary()

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('DERIBIT_CLIENT_ID')
        venue.totalRequestCount() == 0
    }
}
