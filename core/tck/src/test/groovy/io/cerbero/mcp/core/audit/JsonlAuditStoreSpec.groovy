package io.cerbero.mcp.core.audit

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.testing.MutableClock
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant

class JsonlAuditStoreSpec extends Specification {
    static final Instant DAY1 = Instant.parse('2026-11-29T10:00:00Z')

    @TempDir Path dir
    MutableClock clock = new MutableClock(DAY1)
    ObjectMapper json = new ObjectMapper()

    JsonlAuditStore store(int backupDays = 30) {
        new JsonlAuditStore(dir.resolve('data/audit.jsonl'), false, backupDays, clock)
    }

    AuditRecord append(JsonlAuditStore store, String id, String actor = 'testnet') {
        store.append(AuditRecords.order(id, actor, clock.instant()))
    }

    List<String> lines(String name = 'audit.jsonl') { Files.readAllLines(dir.resolve('data').resolve(name)) }

    def "each record is one JSON line with its seq and the hash of the record before"() {
        given:
        def store = store()

        when:
        def first = append(store, 'r1')
        def second = append(store, 'r2')

        then:
        lines().size() == 2
        lines().collect { json.readTree(it).get('request_id').asText() } == ['r1', 'r2']
        first.seq() == 1 && second.seq() == 2
        first.prevHash() == '0' * 64
        second.prevHash() == first.hash()
        json.readTree(lines()[1]).get('prev_hash').asText() == first.hash()
        store.verify().ok()
    }

    def "a restarted store continues the chain where the file ends"() {
        given:
        def before = store()
        append(before, 'r1')
        before.close()

        when:
        def after = store()
        def next = append(after, 'r2')

        then:
        next.seq() == 2
        after.verify().ok()
        after.verify().records() == 2
    }

    def "an edited line breaks the chain at that line"() {
        given:
        def store = store()
        (1..5).each { append(store, "r$it") }
        def file = dir.resolve('data/audit.jsonl')
        def edited = lines()
        edited[2] = edited[2].replace('"qty":"0.010"', '"qty":"9.000"')
        Files.write(file, edited)

        when:
        def report = store.verify()

        then:
        !report.ok()
        report.brokenLink().line() == 3
        report.brokenLink().seq() == 3
        report.brokenLink().reason().contains('edited')
    }

    def "a removed line breaks the link of the line after it"() {
        given:
        def store = store()
        (1..4).each { append(store, "r$it") }
        def kept = lines()
        kept.remove(1)
        Files.write(dir.resolve('data/audit.jsonl'), kept)

        when:
        def report = store.verify()

        then:
        !report.ok()
        report.brokenLink().seq() == 3
        report.brokenLink().reason().contains('prev_hash')
    }

    def "a new day moves the current file aside under its day and the chain goes on across files"() {
        given:
        def store = store()
        append(store, 'day1-a')
        append(store, 'day1-b')

        when:
        clock.advance(Duration.ofDays(1))
        append(store, 'day2-a')

        then:
        lines('audit.jsonl.2026-11-29').size() == 2
        lines().size() == 1
        json.readTree(lines()[0]).get('prev_hash').asText() == json.readTree(lines('audit.jsonl.2026-11-29')[1]).get('hash').asText()

        and:
        def report = store.verify()
        report.ok()
        report.records() == 3
        report.files() == ['audit.jsonl.2026-11-29', 'audit.jsonl']
    }

    def "verify finds an edit in a rotated file"() {
        given:
        def store = store()
        append(store, 'day1-a')
        clock.advance(Duration.ofDays(1))
        append(store, 'day2-a')
        def rotated = dir.resolve('data/audit.jsonl.2026-11-29')
        Files.writeString(rotated, Files.readString(rotated).replace('spec-bot', 'evil-bot'))

        expect:
        with(store.verify()) {
            !ok()
            brokenLink().file() == 'audit.jsonl.2026-11-29'
            brokenLink().line() == 1
        }
    }

    def "rotated files older than the retention are deleted and the rest still verifies"() {
        given:
        def store = store(2)
        (0..4).each { day ->
            append(store, "day$day")
            clock.advance(Duration.ofDays(1))
        }
        append(store, 'today')

        expect: 'today is 2026-12-04: the current file, and the rotated files of the last 2 days'
        Files.list(dir.resolve('data')).collect { it.fileName.toString() }.sort() ==
                ['audit.jsonl', 'audit.jsonl.2026-12-02', 'audit.jsonl.2026-12-03']

        and: 'the chain is anchored at the oldest record kept'
        with(store.verify()) {
            ok()
            records() == 3
            firstSeq() == 4
            lastSeq() == 6
        }
    }

    def "a query reads across rotated files, newest first, with filters and a limit"() {
        given:
        def store = store()
        append(store, 'd1-test', 'testnet')
        append(store, 'd1-main', 'mainnet')
        clock.advance(Duration.ofDays(1))
        append(store, 'd2-test', 'testnet')
        append(store, 'd2-main', 'mainnet')

        expect:
        store.query(AuditQuery.all())*.requestId() == ['d2-main', 'd2-test', 'd1-main', 'd1-test']
        store.query(new AuditQuery(null, null, 'testnet', null, null, null, 1000))*.requestId() == ['d2-test', 'd1-test']
        store.query(new AuditQuery(null, null, null, null, null, null, 3))*.requestId() == ['d2-main', 'd2-test', 'd1-main']
        store.query(new AuditQuery(DAY1, DAY1.plusSeconds(3600), null, null, null, null, 1000))*.requestId() == ['d1-main', 'd1-test']
        store.query(new AuditQuery(null, null, null, 'deribit', null, null, 1000)).isEmpty()
        store.query(new AuditQuery(null, null, null, 'bybit', 'place_order', 'spec-bot', 1000)).size() == 4
    }

    def "a testnet restriction never widens to the other actor"() {
        expect:
        AuditQuery.all().onlyActor('testnet').actor() == 'testnet'
        !new AuditQuery(null, null, 'mainnet', null, null, null, 10).onlyActor('testnet').matches(AuditRecords.order('x', 'mainnet'))
    }

    def "a torn last line is closed before the next record, and verify points at it"() {
        given:
        def first = store()
        append(first, 'r1')
        first.close()
        Files.writeString(dir.resolve('data/audit.jsonl'), '{"seq":2,"prev_hash":"ab', java.nio.file.StandardOpenOption.APPEND)

        when:
        def reopened = store()
        append(reopened, 'r3')

        then:
        lines().size() == 3
        json.readTree(lines()[2]).get('request_id').asText() == 'r3'
        with(reopened.verify()) {
            !ok()
            brokenLink().line() == 2
        }
    }

    def "fsync mode writes the same lines"() {
        given:
        def store = new JsonlAuditStore(dir.resolve('data/audit.jsonl'), true, 30, clock)

        when:
        append(store, 'r1')

        then:
        lines().size() == 1
        store.verify().ok()
    }
}
