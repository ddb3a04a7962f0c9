package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.testing.MutableClock
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.time.Duration
import java.time.Instant

class AuditLogSpec extends Specification {
    static final String ECHO_SECRET = GatewayFixture.ECHO_SECRET
    static final String MAINNET_TOKEN = GatewayFixture.MAINNET_TOKEN
    static final String TESTNET_TOKEN = GatewayFixture.TESTNET_TOKEN
    static final String DRY = '{"symbol":"BTC-PERP","side":"buy","qty":"0.010","leverage":2,"dry_run":true}'
    static final String TOO_MUCH_LEVERAGE = '{"symbol":"BTC-PERP","side":"buy","qty":"1","leverage":10}'

    @Shared MutableClock clock = new MutableClock(Instant.parse('2026-11-29T10:00:00Z'))
    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture([:], false, clock)

    def auditFile() { gw.auditDir.resolve('audit.jsonl') }

    def records(String query = '', String token = MAINNET_TOKEN) {
        def response = gw.get("/admin/audit${query}", token)
        assert response.statusCode() == 200
        gw.read(response)
    }

    def "a dry-run write is recorded before and after, with the request id the caller got"() {
        when:
        def response = gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN, 'grid-bot-7')
        def requestId = response.headers().firstValue('X-Request-Id').get()
        def mine = records("?bot_tag=grid-bot-7").records.findAll { it.request_id.asText() == requestId }

        then:
        response.statusCode() == 200
        mine*.phase*.asText() == ['outcome', 'attempt']
        mine*.outcome*.asText() == ['dry_run', 'attempt']
        mine.every {
            it.actor.asText() == 'testnet' && it.exchange.asText() == 'echo' && it.tool.asText() == 'submit_order' &&
                    it.dry_run.asBoolean() && it.params.symbol.asText() == 'BTC-PERP' && it.hash.asText().size() == 64
        }
        mine[0].has('duration_ms')
    }

    def "a policy rejection is recorded with its code and the request id of the error envelope"() {
        when:
        def response = gw.post('/mcp-echo/tools/submit_order', TOO_MUCH_LEVERAGE, MAINNET_TOKEN, 'risky-bot')
        def envelope = gw.read(response)
        def outcome = records('?bot_tag=risky-bot&actor=mainnet').records[0]

        then:
        response.statusCode() == 403
        outcome.request_id.asText() == envelope.request_id.asText()
        outcome.outcome.asText() == 'POLICY_REJECTED'
        outcome.error_code.asText() == 'POLICY_REJECTED'
        outcome.result.details.max_leverage.asText() == '3'
    }

    def "no declared secret and no token appears anywhere in the audit file"() {
        when: 'a caller puts the venue secret in a parameter, and a refusal echoes it in its message'
        gw.post('/mcp-echo/tools/submit_order', DRY.replace('BTC-PERP', ECHO_SECRET), MAINNET_TOKEN, 'leaky-bot')
        gw.post('/mcp-echo/tools/submit_order', TOO_MUCH_LEVERAGE.replace('BTC-PERP', ECHO_SECRET), MAINNET_TOKEN,
                'leaky-bot')
        def text = Files.readString(auditFile())

        then:
        records('?bot_tag=leaky-bot').count.asInt() == 4
        !text.contains(ECHO_SECRET)
        !text.contains(TESTNET_TOKEN)
        !text.contains(MAINNET_TOKEN)
        text.contains('***')
    }

    def "the audit query needs a bearer token"() {
        expect:
        gw.get('/admin/audit').statusCode() == 401
        gw.read(gw.get('/admin/audit')).error.code.asText() == 'UNAUTHORIZED'
        gw.get('/admin/audit', 'not-a-token-at-all-xx').statusCode() == 401
    }

    def "a testnet caller sees testnet records only, even when it asks for mainnet"() {
        given:
        gw.post('/mcp-echo/tools/submit_order', DRY, MAINNET_TOKEN, 'main-bot')
        gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN, 'test-bot')

        expect:
        def seen = records('', TESTNET_TOKEN)
        seen.count.asInt() > 0
        seen.records.every { it.actor.asText() == 'testnet' }
        records('?actor=mainnet', TESTNET_TOKEN).count.asInt() == 0

        and: 'the mainnet token, with no ADMIN_TOKEN set, sees both'
        records('?limit=10000').records*.actor*.asText().toSet() == ['testnet', 'mainnet'] as Set
    }

    def "filters and limits narrow the answer, newest first"() {
        given:
        3.times { gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN, 'limit-bot') }

        expect:
        def page = records('?bot_tag=limit-bot&limit=2&exchange=echo&action=submit_order')
        page.count.asInt() == 2
        page.records[0].seq.asLong() > page.records[1].seq.asLong()
        records('?bot_tag=limit-bot&exchange=bybit').count.asInt() == 0
        records('?bot_tag=limit-bot&from=2026-11-29&to=2026-11-29').count.asInt() == 6
        records('?bot_tag=limit-bot&to=2026-11-28T23:59:59Z').count.asInt() == 0
    }

    def "bad filter values are refused with INVALID_INPUT"() {
        when:
        def response = gw.get("/admin/audit?${query}", MAINNET_TOKEN)

        then:
        response.statusCode() == 422
        gw.read(response).error.code.asText() == 'INVALID_INPUT'

        where:
        query << ['limit=10001', 'limit=0', 'limit=many', 'from=yesterday', 'to=2026-13-01', 'actor=root',
                  'from=2026-11-30&to=2026-11-29']
    }

    def "the chain verifies, and an edited line is reported as the first broken link"() {
        given:
        gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN, 'chain-bot')

        expect:
        with(gw.read(gw.get('/admin/audit/verify', MAINNET_TOKEN))) {
            ok.asBoolean()
            records.asLong() > 0
        }

        and: 'a testnet caller may not walk the chain'
        gw.get('/admin/audit/verify', TESTNET_TOKEN).statusCode() == 401

        when:
        def lines = Files.readAllLines(auditFile())
        def original = new ArrayList(lines)
        lines[0] = lines[0].replace('"qty":"0.010"', '"qty":"9.999"').replace('BTC-PERP', 'ETH-PERP')
        Files.write(auditFile(), lines)
        def report = gw.read(gw.get('/admin/audit/verify', MAINNET_TOKEN))

        then:
        !report.ok.asBoolean()
        report.broken_link.line.asInt() == 1
        report.broken_link.file.asText() == 'audit.jsonl'

        cleanup:
        Files.write(auditFile(), original)
    }

    def "a new day rotates the file; queries and the chain span both files"() {
        given:
        gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN, 'day-bot')

        when:
        clock.advance(Duration.ofDays(1))
        gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN, 'day-bot')

        then:
        Files.exists(gw.auditDir.resolve('audit.jsonl.2026-11-29'))
        records('?bot_tag=day-bot').records*.time*.asText()*.substring(0, 10) ==
                ['2026-11-30', '2026-11-30', '2026-11-29', '2026-11-29']
        records('?bot_tag=day-bot&from=2026-11-30').count.asInt() == 2
        with(gw.read(gw.get('/admin/audit/verify', MAINNET_TOKEN))) {
            ok.asBoolean()
            files*.asText() == ['audit.jsonl.2026-11-29', 'audit.jsonl']
        }
    }
}
