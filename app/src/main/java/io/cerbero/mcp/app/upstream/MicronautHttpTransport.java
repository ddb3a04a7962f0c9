package io.cerbero.mcp.app.upstream;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.upstream.HttpTransport;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The upstream transport on Micronaut's Netty HTTP client: the context's default client (pooled, on the server's
 * event loops, closed by the context), requests with absolute URLs, the query and body sent exactly as the plugin
 * built them, every status returned as an answer. Never blocks the caller.
 */
@Singleton
public class MicronautHttpTransport implements HttpTransport {
    private final HttpClient client;

    public MicronautHttpTransport(HttpClientRegistry<HttpClient> clients) {
        this.client = clients.getDefaultClient();
    }

    @Override
    public CompletableFuture<UpstreamResponse> exchangeAsync(URI url, UpstreamRequest request, Duration timeout) {
        MutableHttpRequest<Object> http = io.micronaut.http.HttpRequest.create(HttpMethod.parse(request.method()),
                url.toString());
        request.headers().forEach(http::header);
        if (request.body() != null) {
            http.body(request.body());
        }
        CompletableFuture<UpstreamResponse> answer = new CompletableFuture<>();
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        client.exchange(http, String.class).subscribe(new Subscriber<HttpResponse<String>>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onNext(HttpResponse<String> response) {
                answer.complete(toUpstream(response));
            }

            @Override
            public void onError(Throwable t) {
                if (t instanceof HttpClientResponseException hre) { // an error status is an answer, not a failure
                    answer.complete(toUpstream(hre.getResponse().toMutableResponse()));
                } else if (t instanceof ReadTimeoutException) {
                    answer.completeExceptionally(new UpstreamTimeoutException("read timeout"));
                } else {
                    answer.completeExceptionally(HttpTransport.classify(t));
                }
            }

            @Override
            public void onComplete() {
                // onComplete follows every onNext: build the exception only when no answer came (it costs a stack walk)
                if (!answer.isDone()) {
                    answer.completeExceptionally(new IOException("upstream closed without a response"));
                }
            }
        });
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            if (failure instanceof TimeoutException) {
                Subscription s = subscription.get();
                if (s != null) {
                    s.cancel();
                }
                failure = new UpstreamTimeoutException("no answer within " + timeout.toMillis() + " ms");
            }
            return CompletableFuture.failedFuture(failure);
        });
    }

    private static UpstreamResponse toUpstream(HttpResponse<?> response) {
        String body = response.getBody(String.class).orElse("");
        return new UpstreamResponse(response.code(), response.getHeaders().asMap(), body);
    }

}
