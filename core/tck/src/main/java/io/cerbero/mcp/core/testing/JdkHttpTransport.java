package io.cerbero.mcp.core.testing;

import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.upstream.HttpTransport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A plain JDK transport for plugin tests, so the TCK needs no Micronaut. */
public final class JdkHttpTransport implements HttpTransport {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Override
    public CompletableFuture<UpstreamResponse> exchangeAsync(URI url, UpstreamRequest request, Duration timeout) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(timeout).method(request.method(), body);
        request.headers().forEach(builder::header);
        CompletableFuture<UpstreamResponse> answer = new CompletableFuture<>();
        client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure == null) {
                answer.complete(new UpstreamResponse(response.statusCode(), response.headers().map(), response.body()));
            } else {
                Throwable cause = Completions.unwrap(failure);
                answer.completeExceptionally(cause instanceof HttpTimeoutException
                        ? new UpstreamTimeoutException(cause.getMessage())
                        : io.cerbero.mcp.core.upstream.HttpTransport.classify(cause));
            }
        });
        return answer;
    }
}
