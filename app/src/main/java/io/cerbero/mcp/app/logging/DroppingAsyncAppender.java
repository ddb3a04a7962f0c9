package io.cerbero.mcp.app.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.util.concurrent.atomic.LongAdder;

/**
 * An async appender that never blocks the thread that logs: when its queue is full the event is dropped and
 * counted ({@link #dropped()}, published as {@code mcp_log_events_dropped_total}). Every level is kept while there
 * is room (no discarding of INFO at 80 % as logback's default does).
 */
public class DroppingAsyncAppender extends AsyncAppender {
    public static final String NAME_PREFIX = "ASYNC_";

    private final LongAdder dropped = new LongAdder();

    public DroppingAsyncAppender() {
        setNeverBlock(true);
        setDiscardingThreshold(0);
    }

    @Override
    protected void append(ILoggingEvent event) {
        // the check and the offer are not atomic: under a race logback's own offer still drops without blocking,
        // so the count can only be short by the few events of that race
        if (isStarted() && getRemainingCapacity() == 0) {
            dropped.increment();
            return;
        }
        super.append(event);
    }

    public long dropped() {
        return dropped.sum();
    }
}
