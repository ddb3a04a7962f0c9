package io.cerbero.mcp.core.audit

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.spi.AuditEvent
import io.cerbero.mcp.core.spi.Environment
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.time.Instant

class StoreAuditSinkSpec extends Specification {
    static final String SECRET = 'venue-api-secret-4f2a9c'
    static final Instant T0 = Instant.parse('2026-11-29T10:00:00Z')

    @TempDir Path dir
    ObjectMapper json = new ObjectMapper()
    JsonlAuditStore store
    List<AuditRecord> failed = []
    StoreAuditSink sink

    def setup() {
        store = new JsonlAuditStore(dir.resolve('audit.jsonl'), false, 30, Clock.systemUTC())
        sink = new StoreAuditSink(store, new SecretRedactor([SECRET, 'short']), { r, e -> failed << r })
    }

    AuditEvent event(AuditEvent.Phase phase, String outcome, String input, String result, Instant time = T0) {
        new AuditEvent(time, 'req-1', 'bybit', 'place_order', Environment.MAINNET, 'grid-bot', phase, outcome,
                input == null ? null : json.readTree(input), result == null ? null : json.readTree(result))
    }

    def "an outcome carries the venue and client order ids of the answer and its duration since the attempt"() {
        when:
        sink.record(event(AuditEvent.Phase.ATTEMPT, 'attempt', '{"symbol":"BTCUSDT","dry_run":false}', null))
        sink.record(event(AuditEvent.Phase.OUTCOME, 'ok', '{"symbol":"BTCUSDT","dry_run":false}',
                '{"status":"accepted","order_id":"v-123","client_order_id":"cerb-abc"}', T0.plusMillis(42)))

        then:
        def records = store.query(AuditQuery.all())
        records*.phase() == ['outcome', 'attempt']
        with(records[0]) {
            outcome() == 'ok'
            orderId() == 'v-123'
            clientOrderId() == 'cerb-abc'
            durationMs() == 42
            actor() == 'mainnet'
            botTag() == 'grid-bot'
            exchange() == 'bybit'
            !dryRun()
        }
        records[1].durationMs() == null
    }

    def "an order whose answer was lost is recorded as unknown with its client order id"() {
        when:
        sink.record(event(AuditEvent.Phase.OUTCOME, 'UPSTREAM_TIMEOUT', '{"symbol":"BTCUSDT"}',
                '{"code":"UPSTREAM_TIMEOUT","message":"timed out","details":{"outcome":"unknown","client_order_id":"cerb-x"}}'))

        then:
        with(store.query(AuditQuery.all())[0]) {
            outcome() == 'unknown'
            errorCode() == 'UPSTREAM_TIMEOUT'
            clientOrderId() == 'cerb-x'
        }
    }

    def "an order whose answer was lost and that the venue then did not know is recorded as not_placed"() {
        when:
        sink.record(event(AuditEvent.Phase.OUTCOME, 'UPSTREAM_TIMEOUT', '{"symbol":"BTCUSDT"}',
                '{"code":"UPSTREAM_TIMEOUT","message":"timed out","details":{"outcome":"not_placed","client_order_id":"cerb-y"}}'))

        then:
        with(store.query(AuditQuery.all())[0]) {
            outcome() == 'not_placed'
            errorCode() == 'UPSTREAM_TIMEOUT'
            clientOrderId() == 'cerb-y'
        }
    }

    def "a dry run and a policy rejection are recorded as such"() {
        when:
        sink.record(event(AuditEvent.Phase.OUTCOME, 'dry_run', '{"symbol":"BTCUSDT","dry_run":true}', '{"status":"dry_run"}'))
        sink.record(event(AuditEvent.Phase.OUTCOME, 'POLICY_REJECTED', '{"symbol":"BTCUSDT"}',
                '{"code":"POLICY_REJECTED","message":"leverage 5 above cap 3","details":{"max_leverage":"3"}}'))

        then:
        def records = store.query(AuditQuery.all())
        records[1].dryRun() && records[1].outcome() == 'dry_run'
        records[0].outcome() == 'POLICY_REJECTED' && records[0].errorCode() == 'POLICY_REJECTED'
    }

    def "the prepared record of the pipeline keeps the redacted request and its client order id"() {
        when:
        sink.record(event(AuditEvent.Phase.PREPARED, 'prepared',
                """{"client_order_id":"cerb-p","request":{"method":"POST","headers":{"X-BAPI-SIGN":"***","X-Api-Key":"$SECRET"},"body":"{}"}}""", null))

        then:
        with(store.query(AuditQuery.all())[0]) {
            phase() == 'prepared'
            clientOrderId() == 'cerb-p'
            params().get('request').get('method').asText() == 'POST'
        }
        !Files.readString(dir.resolve('audit.jsonl')).contains(SECRET)
    }

    def "no secret value reaches the file, wherever a plugin echoed it"() {
        when:
        sink.record(event(AuditEvent.Phase.OUTCOME, 'UPSTREAM_REJECTED', """{"symbol":"x$SECRET","note":"key=$SECRET"}""",
                """{"code":"UPSTREAM_REJECTED","message":"bad key $SECRET","details":{"venue_message":"$SECRET"}}"""))
        sink.record(event(AuditEvent.Phase.ATTEMPT, 'attempt', '{"api_secret":"anything-at-all","passphrase":"p4ss-w0rd-x"}', null))

        then:
        def text = Files.readString(dir.resolve('audit.jsonl'))
        !text.contains(SECRET)
        !text.contains('anything-at-all')
        !text.contains('p4ss-w0rd-x')
        text.contains('***')

        and: 'a value too short to be a secret is left alone'
        new SecretRedactor(['short']).scrub('a short note') == 'a short note'
    }

    def "a record the store refuses is reported to the failure listener, never thrown at the caller"() {
        given:
        def broken = new StoreAuditSink({ throw new AuditWriteException('disk full', null) } as AuditStore,
                new SecretRedactor([]), { r, e -> failed << r })

        when:
        broken.record(event(AuditEvent.Phase.ATTEMPT, 'attempt', '{}', null))

        then:
        notThrown(Exception)
        failed*.requestId() == ['req-1']
    }
}
