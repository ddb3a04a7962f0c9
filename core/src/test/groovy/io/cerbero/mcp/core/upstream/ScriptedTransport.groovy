package io.cerbero.mcp.core.upstream

import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.core.spi.UpstreamResponse

import java.time.Duration
import java.util.concurrent.CompletableFuture

/** Answers at once, in order, from a script (then 200 "ok"), and remembers every request sent. */
class ScriptedTransport implements HttpTransport {
    final List<UpstreamRequest> sent = Collections.synchronizedList([])
    private final Deque<UpstreamResponse> script = new ArrayDeque<>()

    ScriptedTransport answering(int status, Map<String, String> headers = [:]) {
        script.add(new UpstreamResponse(status, headers.collectEntries { k, v -> [(k.toLowerCase()): [v.toString()]] }, ''))
        this
    }

    @Override
    CompletableFuture<UpstreamResponse> exchangeAsync(URI url, UpstreamRequest request, Duration timeout) {
        sent << request
        CompletableFuture.completedFuture(script.poll() ?: new UpstreamResponse(200, [:], 'ok'))
    }

    /** The {@code bot} query parameter of each request sent, in order. */
    List<String> bots() {
        sent.collect { it.rawQuery().replace('bot=', '') }
    }
}
