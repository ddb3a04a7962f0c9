package io.cerbero.mcp.core.audit

import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

class AuditDurabilitySpec extends Specification {
    @TempDir Path dir
    ObjectMapper json = new ObjectMapper()

    def "64 concurrent writers never interleave or tear a line"() {
        given:
        def file = dir.resolve('audit.jsonl')
        def store = new JsonlAuditStore(file, false, 30, Clock.systemUTC())
        int writers = 64, each = 200
        def pool = Executors.newFixedThreadPool(writers)
        def start = new CountDownLatch(1)

        when:
        def futures = (0..<writers).collect { w ->
            pool.submit {
                start.await()
                (0..<each).each { i -> store.append(AuditRecords.order("w$w-$i", 'testnet')) }
            }
        }
        start.countDown()
        futures*.get(60, TimeUnit.SECONDS)
        pool.shutdown()

        then: 'every line parses and every record is there exactly once'
        def lines = Files.readAllLines(file)
        lines.size() == writers * each
        def ids = lines.collect { json.readTree(it).get('request_id').asText() }
        ids.toSet().size() == writers * each
        lines.collect { json.readTree(it).get('seq').asLong() } == (1L..(long) (writers * each)).toList()

        and:
        store.verify().ok()
    }

    def "a process killed with SIGKILL during a burst keeps every record it had acknowledged"() {
        given: 'a child JVM appending records and printing the seq of each one stored'
        def file = dir.resolve('audit.jsonl')
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def child = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'),
                AuditBurst.name, file.toString(), '1000000')
                .redirectError(ProcessBuilder.Redirect.DISCARD).start()
        def acknowledged = []
        def out = child.inputStream.newReader()

        when: 'it is killed mid-burst'
        while (acknowledged.size() < 2000) {
            def line = out.readLine()
            assert line != null: 'the child stopped before the kill'
            acknowledged << Long.parseLong(line.trim())
        }
        child.destroyForcibly()
        child.waitFor(30, TimeUnit.SECONDS)

        then: 'it died by the signal, mid-burst'
        !child.alive
        child.exitValue() == 137

        and: 'every acknowledged record is in the file and every line parses'
        def stored = Files.readAllLines(file).collect { json.readTree(it) }
        def seqs = stored.collect { it.get('seq').asLong() } as Set
        acknowledged.every { seqs.contains(it) }
        stored.size() >= acknowledged.size()

        and: 'the chain is whole'
        new JsonlAuditStore(file, false, 30, Clock.systemUTC()).verify().ok()
    }
}
