package io.cerbero.mcp.app.logging

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.classic.spi.LoggingEvent
import ch.qos.logback.classic.util.LogbackMDCAdapter
import ch.qos.logback.core.AppenderBase
import spock.lang.Specification
import spock.util.concurrent.PollingConditions

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

class DroppingAsyncAppenderSpec extends Specification {

    /** A console that hangs until released: stdout blocked by a slow reader. */
    static class StuckAppender extends AppenderBase<ILoggingEvent> {
        final CountDownLatch release = new CountDownLatch(1)
        final CountDownLatch entered = new CountDownLatch(1)
        final List<String> written = [].asSynchronized()

        @Override
        protected void append(ILoggingEvent event) {
            if (entered.count > 0) {
                entered.countDown()
                release.await()
            }
            written << event.formattedMessage
        }
    }

    def "a full queue drops and counts events instead of blocking the thread that logs"() {
        given:
        def context = new LoggerContext()
        context.MDCAdapter = new LogbackMDCAdapter()
        def stuck = new StuckAppender(context: context)
        stuck.start()
        def async = new DroppingAsyncAppender(context: context, queueSize: 4)
        async.addAppender(stuck)
        async.start()
        def logger = context.getLogger('spec')

        when: 'the worker is stuck on the first event and the queue fills up'
        async.doAppend(new LoggingEvent('x', logger, Level.INFO, 'first', null, null))
        assert stuck.entered.await(60, TimeUnit.SECONDS): 'the worker never took the first event'
        100.times { async.doAppend(new LoggingEvent('x', logger, Level.INFO, "event $it", null, null)) }

        then: 'this thread got through all of them: 4 queued, the rest dropped and counted'
        async.dropped() == 96

        when: 'the console is released, and the worker has left the stuck write before the appender stops'
        stuck.release.countDown()
        // stop() interrupts the worker: an interrupt that lands while it is still waking from the stuck write
        // would drop that event and make this spec depend on timing
        new PollingConditions(timeout: 60).eventually { assert stuck.written.contains('first') }
        async.stop()

        then: 'what was queued is still written, INFO included'
        stuck.written.size() == 5
    }
}
