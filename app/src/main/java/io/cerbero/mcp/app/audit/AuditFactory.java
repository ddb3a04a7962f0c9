package io.cerbero.mcp.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.app.config.AuditSettings;
import io.cerbero.mcp.app.config.GatewaySettings;
import io.cerbero.mcp.app.config.ObservabilitySettings;
import io.cerbero.mcp.core.audit.AuditStore;
import io.cerbero.mcp.core.audit.JsonlAuditStore;
import io.cerbero.mcp.core.audit.LoggingAuditSink;
import io.cerbero.mcp.core.audit.SecretRedactor;
import io.cerbero.mcp.core.audit.SecretValues;
import io.cerbero.mcp.core.audit.StoreAuditSink;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.spi.AuditSink;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The audit log: the JSONL store (or none when {@code AUDIT_LOG_FILE=off}) and the host's sink over it. */
@Factory
public class AuditFactory {
    private static final Logger LOG = LoggerFactory.getLogger(AuditFactory.class);

    @Singleton
    @Requires(missingBeans = AuditSettings.class)
    AuditSettings auditSettings(ConfigSource config) {
        return AuditSettings.load(config);
    }

    @Singleton
    @Requires(missingBeans = ObservabilitySettings.class)
    ObservabilitySettings observabilitySettings(ConfigSource config, GatewaySettings gateway) {
        return ObservabilitySettings.load(config, gateway);
    }

    @Singleton
    @Bean(preDestroy = "close")
    AuditStore auditStore(AuditSettings settings, Clock clock) {
        if (settings.file().isEmpty()) {
            LOG.warn("AUDIT_LOG_FILE=off: the audit log is OFF; write calls are only logged on mcp.audit and "
                    + "GET /admin/audit answers nothing");
            return AuditStore.disabled();
        }
        JsonlAuditStore store = new JsonlAuditStore(settings.file().get(), settings.fsync(), settings.backupDays(),
                clock);
        LOG.info("audit log at {} (fsync {}, rotated files kept {} days)", store.file(), settings.fsync(),
                settings.backupDays());
        return store;
    }

    /** Every declared plugin secret and the bearer tokens: cut out of any audit record. */
    @Singleton
    SecretRedactor secretRedactor(PluginRegistry registry, ConfigSource config, GatewaySettings gateway,
                                  ObservabilitySettings observability) {
        List<String> secrets = new ArrayList<>(SecretValues.of(registry, config));
        secrets.add(gateway.testnetToken().reveal());
        secrets.add(gateway.mainnetToken().reveal());
        observability.adminToken().ifPresent(t -> secrets.add(t.reveal()));
        return new SecretRedactor(secrets);
    }

    @Singleton
    @Requires(missingBeans = AuditSink.class)
    AuditSink auditSink(AuditStore store, SecretRedactor redactor, MeterRegistry meters,
                        @Named("gateway") ObjectMapper json) {
        if (!store.enabled()) {
            return new LoggingAuditSink(json);
        }
        Counter failures = Counter.builder("mcp.audit.write.failures")
                .description("audit records that could not be stored").register(meters);
        return new StoreAuditSink(store, redactor, (record, cause) -> failures.increment());
    }
}
