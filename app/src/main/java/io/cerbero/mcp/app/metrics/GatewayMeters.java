package io.cerbero.mcp.app.metrics;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.cerbero.mcp.app.logging.DroppingAsyncAppender;
import io.cerbero.mcp.core.registry.SessionRegistry;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Provider;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Meters that read state rather than count events, registered at startup so {@code /metrics} shows them from the
 * first scrape: open plugin sessions, and log events the async appenders dropped.
 */
@Context
public class GatewayMeters {
    public GatewayMeters(MeterRegistry registry, Provider<SessionRegistry> sessions) {
        Gauge.builder("mcp.sessions.open", () -> sessions.get().openSessions().size())
                .description("plugin sessions open (one per plugin and environment in use)")
                .register(registry);
        List<DroppingAsyncAppender> appenders = droppingAppenders();
        FunctionCounter.builder("mcp.log.events.dropped", appenders,
                        list -> list.stream().mapToLong(DroppingAsyncAppender::dropped).sum())
                .description("log events dropped because the async log queue was full")
                .register(registry);
    }

    /** The async appenders the log configurator installed (none when another logging setup is in use). */
    private static List<DroppingAsyncAppender> droppingAppenders() {
        List<DroppingAsyncAppender> found = new ArrayList<>();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            for (Logger logger : context.getLoggerList()) {
                Iterator<ch.qos.logback.core.Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it =
                        logger.iteratorForAppenders();
                while (it.hasNext()) {
                    if (it.next() instanceof DroppingAsyncAppender dropping && !found.contains(dropping)) {
                        found.add(dropping);
                    }
                }
            }
        }
        return found;
    }
}
