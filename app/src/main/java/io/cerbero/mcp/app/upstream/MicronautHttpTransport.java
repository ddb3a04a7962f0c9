package io.cerbero.mcp.app.upstream;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.upstream.HttpTransport;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The upstream transport on Micronaut's Netty HTTP client: one pooled client for all upstreams (requests carry
 * absolute URLs), the query and body sent exactly as the plugin built them, every status returned.
 */
@Singleton
public class MicronautHttpTransport implements HttpTransport {
    private final HttpClient client;

    public MicronautHttpTransport(HttpClientConfiguration configuration) {
        this.client = HttpClient.create(null, configuration);
    }

    @Override
    public UpstreamResponse exchange(URI url, UpstreamRequest request, Duration timeout) throws IOException {
        MutableHttpRequest<Object> http = io.micronaut.http.HttpRequest.create(HttpMethod.parse(request.method()),
                url.toString());
        request.headers().forEach(http::header);
        if (request.body() != null) {
            http.body(request.body());
        }
        CompletableFuture<HttpResponse<String>> future = new CompletableFuture<>();
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        client.exchange(http, String.class).subscribe(new Subscriber<HttpResponse<String>>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onNext(HttpResponse<String> response) {
                future.complete(response);
            }

            @Override
            public void onError(Throwable t) {
                future.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                future.completeExceptionally(new IOException("upstream closed without a response"));
            }
        });
        try {
            HttpResponse<String> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return toUpstream(response);
        } catch (TimeoutException e) {
            Subscription s = subscription.get();
            if (s != null) {
                s.cancel();
            }
            throw new UpstreamTimeoutException("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpClientResponseException hre) {
                return toUpstream(hre.getResponse().toMutableResponse());
            }
            if (cause instanceof ReadTimeoutException) {
                throw new UpstreamTimeoutException("read timeout");
            }
            throw new IOException(cause.getClass().getSimpleName(), cause);
        }
    }

    private static UpstreamResponse toUpstream(HttpResponse<?> response) {
        String body = response.getBody(String.class).orElse("");
        return new UpstreamResponse(response.code(), response.getHeaders().asMap(), body);
    }

    @PreDestroy
    @Override
    public void close() {
        client.close();
    }
}
