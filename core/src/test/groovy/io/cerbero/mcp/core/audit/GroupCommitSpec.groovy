package io.cerbero.mcp.core.audit

import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions

import java.nio.ByteBuffer
import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutionException
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * Group commit in {@link JsonlAuditStore}: a first write is held open, so the records of the callers that arrive
 * meanwhile queue up; the spec waits until they all wait, then lets the first write go and watches what the next
 * leader does with the queue.
 */
class GroupCommitSpec extends Specification {
    static final int FOLLOWERS = 20

    @TempDir Path dir
    @AutoCleanup('shutdownNow') def pool = Executors.newFixedThreadPool(FOLLOWERS + 1)
    ObjectMapper json = new ObjectMapper()
    PollingConditions waiting = new PollingConditions(timeout: 30)
    HeldOutputs outputs = new HeldOutputs()

    def "records that wait while a write is under way go out together in one write and one force"() {
        given:
        def file = dir.resolve('audit.jsonl')
        def store = new JsonlAuditStore(file, true, 30, Clock.systemUTC(), outputs)

        when: 'a first record holds the file while twenty more callers queue up'
        def first = pool.submit({ store.append(AuditRecords.order('first', 'testnet')) } as java.util.concurrent.Callable)
        outputs.entered.await(30, TimeUnit.SECONDS)
        def followers = (1..FOLLOWERS).collect { i ->
            pool.submit({ store.append(AuditRecords.order("follower-$i", 'testnet')) } as java.util.concurrent.Callable)
        }
        waiting.eventually { assert store.waiting() == FOLLOWERS }
        outputs.release.countDown()
        def stored = ([first] + followers).collect { it.get(30, TimeUnit.SECONDS) }

        then: 'two writes and two forces for twenty-one records: the first alone, then the whole queue'
        outputs.appends.get() == 2
        outputs.forces.get() == 2

        and: 'every caller got its own record back, chained in the order written'
        stored*.requestId() as Set == (['first'] + (1..FOLLOWERS).collect { "follower-$it" }) as Set
        stored*.seq().sort() == (1L..(long) (FOLLOWERS + 1)).toList()
        def lines = Files.readAllLines(file)
        lines.size() == FOLLOWERS + 1
        lines.collect { json.readTree(it).get('seq').asLong() } == (1L..(long) (FOLLOWERS + 1)).toList()
        stored.every { r -> json.readTree(lines[(int) (r.seq() - 1)]).get('hash').asText() == r.hash() }
        store.verify().ok()

        cleanup:
        store?.close()
    }

    def "a failed batch write reaches every caller waiting in it, and the chain goes on without them"() {
        given: 'the second write fails'
        outputs.failOnAppend = 2
        def file = dir.resolve('audit.jsonl')
        def store = new JsonlAuditStore(file, false, 30, Clock.systemUTC(), outputs)

        when:
        def first = pool.submit({ store.append(AuditRecords.order('first', 'testnet')) } as java.util.concurrent.Callable)
        outputs.entered.await(30, TimeUnit.SECONDS)
        def followers = (1..FOLLOWERS).collect { i ->
            pool.submit({ store.append(AuditRecords.order("follower-$i", 'testnet')) } as java.util.concurrent.Callable)
        }
        waiting.eventually { assert store.waiting() == FOLLOWERS }
        outputs.release.countDown()

        then: 'the first record is stored'
        first.get(30, TimeUnit.SECONDS).seq() == 1

        and: 'each of the twenty callers gets its own AuditWriteException naming its request'
        followers.every { f -> failure(f) instanceof AuditWriteException }
        followers.collect { failure(it).message.find(/follower-\d+/) } as Set ==
                (1..FOLLOWERS).collect { "follower-$it".toString() } as Set
        outputs.appends.get() == 2

        when: 'the next record'
        def next = store.append(AuditRecords.order('after', 'testnet'))

        then: 'follows the last record actually written'
        next.seq() == 2
        Files.readAllLines(file).size() == 2
        store.verify().ok()

        cleanup:
        store?.close()
    }

    private static Throwable failure(Future<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS)
            return null
        } catch (ExecutionException e) {
            return e.cause
        }
    }

    /**
     * Opens the real file behind a counter: the first append waits for {@link #release} (after saying so through
     * {@link #entered}), and append number {@link #failOnAppend} fails.
     */
    static class HeldOutputs implements AuditOutput.Opener {
        final CountDownLatch entered = new CountDownLatch(1)
        final CountDownLatch release = new CountDownLatch(1)
        final AtomicInteger appends = new AtomicInteger()
        final AtomicInteger forces = new AtomicInteger()
        int failOnAppend = -1

        @Override
        AuditOutput open(Path file) throws IOException {
            AuditOutput real = AuditOutput.file(file)
            new AuditOutput() {
                @Override
                void append(ByteBuffer bytes) throws IOException {
                    int n = appends.incrementAndGet()
                    if (n == 1) {
                        entered.countDown()
                        release.await(30, TimeUnit.SECONDS)
                    }
                    if (n == failOnAppend) {
                        throw new IOException('disk full')
                    }
                    real.append(bytes)
                }

                @Override
                void force() throws IOException {
                    forces.incrementAndGet()
                    real.force()
                }

                @Override
                void close() throws IOException {
                    real.close()
                }
            }
        }
    }
}
