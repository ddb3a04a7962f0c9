package io.cerbero.mcp.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code rather than {@code logback.xml}: parsing XML costs about a third of a second of startup.
 * Lines on stdout, as JSON objects (logback's {@link JsonEncoder}) or human text, after the {@code LOG_FORMAT}
 * system property ({@code json} by default); the request and audit loggers print their own JSON lines bare. Both
 * streams go through a {@link DroppingAsyncAppender}, so a request thread never waits on stdout. The root level
 * comes from the {@code LOG_LEVEL} system property; the launcher sets both from the environment or {@code .env}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class GatewayLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean json = !"text".equalsIgnoreCase(System.getProperty("LOG_FORMAT", "json"));
        Appender<ILoggingEvent> human = async(context, json ? console(context, "STDOUT", jsonEncoder(context))
                : console(context, "STDOUT", pattern(context,
                "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{24} - %msg%n")));
        Appender<ILoggingEvent> jsonLines = async(context, console(context, "JSON_LINES", pattern(context, "%msg%n")));

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("LOG_LEVEL", "INFO"), Level.INFO));
        root.addAppender(human);
        for (String name : new String[] {"mcp.request", "mcp.audit"}) {
            Logger logger = context.getLogger(name);
            logger.setLevel(Level.INFO);
            logger.setAdditive(false);
            logger.addAppender(jsonLines);
        }
        context.getLogger("io.micronaut").setLevel(Level.WARN);
        context.getLogger("io.netty").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Encoder<ILoggingEvent> pattern(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name,
                                                          Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /** Off the logging thread: a full queue drops (and counts) rather than blocks. */
    private static Appender<ILoggingEvent> async(LoggerContext context, Appender<ILoggingEvent> target) {
        DroppingAsyncAppender async = new DroppingAsyncAppender();
        async.setContext(context);
        async.setName(DroppingAsyncAppender.NAME_PREFIX + target.getName());
        async.setQueueSize(8192);
        async.addAppender(target);
        async.start();
        return async;
    }
}
