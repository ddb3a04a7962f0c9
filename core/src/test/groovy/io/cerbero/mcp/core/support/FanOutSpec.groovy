package io.cerbero.mcp.core.support

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage
import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/**
 * FanOut asks every source at once and answers with what came back by the deadline. The deadline is a timer the
 * spec fires itself, so nothing here depends on wall-clock timing, and nothing waits: every result is read with
 * {@code getNow} once it must be complete.
 */
class FanOutSpec extends Specification {

    ManualTimer timer = new ManualTimer()
    FanOut fanOut = new FanOut(timer)

    def 'when every source answers, the result lists them in the order given, without waiting for the deadline'() {
        given:
        def b = new CompletableFuture<String>()

        when:
        def result = fanOut.collect(sources(a: { CompletableFuture.completedFuture('A') }, b: { b }), Duration.ofSeconds(3))

        then: 'nothing blocks: the call returns while b is still running'
        !result.done

        when:
        b.complete('B')

        then:
        result.done
        answer(result).answered() == [a: 'A', b: 'B']
        answer(result).answered().keySet().toList() == ['a', 'b']
        answer(result).failed().isEmpty()
        !timer.fired.done
    }

    def 'a source still running at the deadline is reported as a timeout and cancelled; the others answer'() {
        given:
        def slow = new CompletableFuture<String>()

        when:
        def result = fanOut.collect(sources(fast: { CompletableFuture.completedFuture('F') }, slow: { slow }),
                Duration.ofMillis(2500))

        then:
        timer.asked == Duration.ofMillis(2500)
        !result.done

        when:
        timer.fire()

        then:
        result.done
        answer(result).answered() == [fast: 'F']
        answer(result).failed().slow.reason() == SourceFailure.TIMEOUT
        answer(result).failed().slow.message() == 'no answer within 2500 ms'
        answer(result).failed().slow.retryable()
        slow.cancelled

        when: 'the slow source answers after all'
        slow.obtrudeValue('late')

        then: 'the result does not change'
        answer(result).answered() == [fast: 'F']
    }

    def 'a failing source reports its error code and message, and never fails the whole fan-out'() {
        when:
        def result = fanOut.collect(sources(
                ok: { CompletableFuture.completedFuture(1) },
                limited: { CompletableFuture.failedFuture(ToolException.of(ErrorCode.RATE_LIMIT, 'okx rate limit reached')) },
                broken: { CompletableFuture.failedFuture(new IllegalStateException('token=abc123 in a message')) },
                throwing: { throw ToolException.notConfigured('LUNARCRUSH_KEY is not set') }), Duration.ofSeconds(1))
        def failed = answer(result).failed()

        then:
        answer(result).answered() == [ok: 1]
        failed.limited == new SourceFailure('RATE_LIMIT', 'okx rate limit reached', true)
        failed.throwing == new SourceFailure('NOT_CONFIGURED', 'LUNARCRUSH_KEY is not set', false)

        and: 'a failure that is not a ToolException shows only its type, never its message'
        failed.broken == new SourceFailure(SourceFailure.ERROR, 'failed: IllegalStateException', false)
    }

    def 'a source that answers null counts as failed'() {
        when:
        def result = fanOut.collect(sources(empty: { CompletableFuture.completedFuture(null) }), Duration.ofSeconds(1))

        then:
        answer(result).failed().empty.reason() == SourceFailure.ERROR
    }

    def 'no sources give an empty result at once'() {
        expect:
        answer(fanOut.collect([:], Duration.ofSeconds(1))).noneAnswered()
    }

    def 'the report names each source and keeps the reasons'() {
        given:
        def slow = new CompletableFuture<String>()
        def result = fanOut.collect(sources(binance: { CompletableFuture.completedFuture('x') }, okx: { slow }),
                Duration.ofSeconds(2))
        timer.fire()

        when:
        def report = answer(result).report { it.toUpperCase() }

        then:
        report.answered() == ['BINANCE']
        report.failed() == [new SourceReport.Failed('OKX', 'timeout', 'no answer within 2000 ms', true)]
    }

    def 'requireAnswered passes a partial answer through'() {
        given:
        def partial = new FanOutResult([a: 1], [b: SourceFailure.timeout('1 ms')])

        expect:
        partial.requireAnswered('funding rates', { it }).is(partial)
    }

    def 'requireAnswered fails with #code when no source answered (#reasons)'() {
        given:
        Map failures = [:]
        reasons.eachWithIndex { String reason, int i -> failures["s${i}".toString()] = new SourceFailure(reason, 'm', true) }
        def none = new FanOutResult([:], failures)

        when:
        none.requireAnswered('funding rates', { it })

        then:
        def e = thrown(ToolException)
        e.code() == code
        e.message.startsWith('no source answered for funding rates (s0: ')
        e.details().sources*.source == failures.keySet().toList()
        e.retryable()

        where:
        reasons                              || code
        ['timeout', 'timeout']               || ErrorCode.UPSTREAM_TIMEOUT
        ['NOT_CONFIGURED']                   || ErrorCode.NOT_CONFIGURED
        ['RATE_LIMIT', 'RATE_LIMIT']         || ErrorCode.RATE_LIMIT
        ['timeout', 'UPSTREAM_ERROR']        || ErrorCode.UPSTREAM_ERROR
        ['error']                            || ErrorCode.UPSTREAM_ERROR
    }

    def 'a negative deadline is refused'() {
        when:
        fanOut.collect([a: { CompletableFuture.completedFuture(1) } as Supplier], Duration.ofMillis(-1))

        then:
        thrown(IllegalArgumentException)
    }

    def 'the system timer completes once its deadline has passed'() {
        expect:
        DeadlineTimer.system().after(Duration.ZERO).toCompletableFuture().get(10, TimeUnit.SECONDS) == null
    }

    /** The completed result; fails (never blocks) when the fan-out has not completed. */
    private static FanOutResult answer(CompletableFuture<FanOutResult> result) {
        assert result.done: 'the fan-out has not completed'
        result.getNow(null)
    }

    /** Closures as ordered suppliers, as a tool builds its source map. */
    private static Map<String, Supplier<CompletionStage<Object>>> sources(Map<String, Closure> closures) {
        Map<String, Supplier<CompletionStage<Object>>> map = new LinkedHashMap<>()
        closures.each { k, v -> map[k] = v as Supplier }
        map
    }

    /** A deadline the spec fires by hand. */
    static class ManualTimer implements DeadlineTimer {
        final CompletableFuture<Void> fired = new CompletableFuture<>()
        Duration asked

        @Override
        CompletionStage<Void> after(Duration deadline) {
            asked = deadline
            fired
        }

        void fire() { fired.complete(null) }
    }
}
