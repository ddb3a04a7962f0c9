package io.cerbero.mcp.app

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

import static com.github.tomakehurst.wiremock.client.WireMock.okJson
import static com.github.tomakehurst.wiremock.client.WireMock.post
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

class MetricsSpec extends Specification {
    static final String MAINNET_TOKEN = GatewayFixture.MAINNET_TOKEN
    static final String TESTNET_TOKEN = GatewayFixture.TESTNET_TOKEN
    static final Path DASHBOARD = Path.of('../deploy/grafana/cerbero-mcp.json')

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture([:], false)

    def setupSpec() {
        // one of each: a sent order (venue call), a dry run, a policy refusal, an unknown tool
        gw.testnet.stubFor(post(urlPathEqualTo('/order')).willReturn(okJson('{"accepted":true}')))
        gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"buy","qty":"0.01","leverage":2}')
        gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"buy","qty":"0.01","dry_run":true}', MAINNET_TOKEN)
        gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"buy","qty":"1","leverage":10}')
        gw.post('/mcp-echo/tools/no_such_tool_x', '{}')
    }

    String scrape() {
        def response = gw.get('/metrics', MAINNET_TOKEN)
        assert response.statusCode() == 200
        assert response.headers().firstValue('Content-Type').get().startsWith('text/plain')
        response.body()
    }

    def "metrics need the admin rule: no bearer or a testnet token get 401"() {
        expect:
        gw.get('/metrics').statusCode() == 401
        gw.get('/metrics', TESTNET_TOKEN).statusCode() == 401
        gw.get('/metrics', MAINNET_TOKEN).statusCode() == 200
    }

    def "METRICS_PUBLIC=true opens /metrics without a bearer"() {
        given:
        def open = new GatewayFixture([METRICS_PUBLIC: 'true'])

        expect:
        open.get('/metrics').statusCode() == 200

        cleanup:
        open?.close()
    }

    def "tool calls are counted by plugin, tool, environment, status and code, with a latency histogram"() {
        when:
        def text = scrape()

        then:
        text =~ /mcp_requests_seconds_count\{[^}]*code="OK"[^}]*environment="testnet"[^}]*plugin="echo"[^}]*status="200"[^}]*tool="submit_order"[^}]*\} 1/
        text =~ /mcp_requests_seconds_count\{[^}]*code="POLICY_REJECTED"[^}]*status="403"/
        text =~ /mcp_requests_seconds_bucket\{[^}]*le="/
        text =~ /mcp_requests_seconds_count\{[^}]*code="NOT_FOUND"[^}]*plugin="unknown"[^}]*tool="unknown"/
        !text.contains('no_such_tool_x')
    }

    def "venue calls, defences, sessions, audit failures and dropped log events are exposed"() {
        when:
        def text = scrape()

        then:
        text =~ /mcp_upstream_calls_seconds_count\{[^}]*host="localhost"[^}]*outcome="2xx"/
        text =~ /mcp_rejections_total\{[^}]*plugin="echo"[^}]*reason="policy"[^}]*\} 1(\.0)?/
        text =~ /(?m)^mcp_sessions_open\S* 2/
        text =~ /(?m)^mcp_audit_write_failures_total\S* 0/
        text =~ /(?m)^mcp_log_events_dropped_total\S* /
    }

    def "every metric the Grafana dashboard charts exists on /metrics"() {
        given:
        def dashboard = new ObjectMapper().readTree(DASHBOARD.toFile())
        def queries = dashboard.findValues('expr')*.asText() + dashboard.path('templating').findValues('query')*.asText()
        def charted = queries.collectMany { q ->
            (q =~ /([a-zA-Z_:][a-zA-Z0-9_:]*)\s*[{\[]/).collect { it[1] } +
                    (q =~ /label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)/).collect { it[1] }
        }.toSet()
        def exposed = scrape().readLines().findAll { !it.startsWith('#') && it }.collect { it.split(/[{ ]/)[0] }.toSet()

        expect:
        charted.size() >= 8
        charted.findAll { !exposed.contains(it) } == [] as Set
    }
}
