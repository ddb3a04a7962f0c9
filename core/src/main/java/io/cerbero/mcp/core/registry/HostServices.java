package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.invoke.DryRunGuard;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.spi.AuditSink;
import io.cerbero.mcp.core.upstream.HttpTransport;

import java.time.Clock;
import java.util.Objects;

/**
 * What the host shares with every plugin context: config, clock, JSON, audit and the HTTP transport.
 *
 * @param config    environment variables plus {@code .env}
 * @param clock     the one clock of the process
 * @param json      the shared mapper ({@link io.cerbero.mcp.core.json.JsonMappers#create()})
 * @param audit     where audit records go
 * @param transport raw HTTP under the resilient upstream clients
 * @param dryRun    the host's dry-run guard, shared by the invoker and every upstream client
 */
public record HostServices(ConfigSource config, Clock clock, ObjectMapper json, AuditSink audit,
                           HttpTransport transport, DryRunGuard dryRun) {
    public HostServices {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(dryRun, "dryRun");
    }

    /** With a dry-run guard of its own (pass the same guard to the {@code ToolInvoker} to connect them). */
    public HostServices(ConfigSource config, Clock clock, ObjectMapper json, AuditSink audit,
                        HttpTransport transport) {
        this(config, clock, json, audit, transport, new DryRunGuard());
    }
}
