package io.cerbero.mcp.app.metrics;

import io.cerbero.mcp.core.upstream.HttpTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** Wraps the upstream transport, whichever bean provides it, in {@link MeteredHttpTransport}. */
@Singleton
public class TransportMetering implements BeanCreatedEventListener<HttpTransport> {
    private final Provider<MeterRegistry> registry;

    public TransportMetering(Provider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public HttpTransport onCreated(BeanCreatedEvent<HttpTransport> event) {
        HttpTransport transport = event.getBean();
        return transport instanceof MeteredHttpTransport ? transport
                : new MeteredHttpTransport(transport, registry.get());
    }
}
