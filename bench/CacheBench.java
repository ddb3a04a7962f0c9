import com.sun.net.httpserver.HttpServer;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The market-data cache benchmark's two halves, loopback only, bounded in time:
 * <pre>
 * java bench/CacheBench.java stub &lt;port&gt; &lt;calls per second&gt;
 *     a venue that answers an echo ticker to at most N calls per wall-clock second (429 beyond), except under
 *     /free/ (unlimited, for the direct baseline); GET /stats answers the calls it accepted so far; a symbol
 *     starting with NOPE is refused with 400 "unknown symbol" (still counted against the limit, as venues do)
 * java bench/CacheBench.java poll &lt;url&gt; &lt;connections&gt; &lt;seconds&gt; &lt;body or ""&gt; [Header:value ...]
 *     that many connections polling in a closed loop; prints answers per second, status and X-Cache counts, p50/p99
 * </pre>
 */
public class CacheBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("stub")) {
            stub(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            poll(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4],
                    Arrays.copyOfRange(args, 5, args.length));
        }
    }

    static void stub(int port, int perSecond) throws Exception {
        byte[] body = "{\"price\":\"101.5\",\"venue\":\"stub\",\"ts\":1735812000000}".getBytes(StandardCharsets.UTF_8);
        byte[] limited = "{\"error\":\"rate limit\"}".getBytes(StandardCharsets.UTF_8);
        byte[] unknown = "{\"error\":\"unknown symbol\"}".getBytes(StandardCharsets.UTF_8);
        AtomicLong second = new AtomicLong();
        AtomicLong inSecond = new AtomicLong();
        LongAdder accepted = new LongAdder();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            byte[] out = body;
            int status = 200;
            if (path.equals("/stats")) {
                out = String.valueOf(accepted.sum()).getBytes(StandardCharsets.UTF_8);
            } else if (!path.startsWith("/free/")) {
                long now = System.currentTimeMillis() / 1000;
                synchronized (second) {
                    if (second.get() != now) {
                        second.set(now);
                        inSecond.set(0);
                    }
                    if (inSecond.incrementAndGet() > perSecond) {
                        status = 429;
                        out = limited;
                        exchange.getResponseHeaders().add("Retry-After", "1");
                    } else {
                        accepted.increment();
                        String query = exchange.getRequestURI().getRawQuery();
                        if (query != null && query.contains("symbol=NOPE")) {
                            status = 400;
                            out = unknown;
                        }
                    }
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        System.out.println("limited stub venue on 127.0.0.1:" + port + " (" + perSecond + " calls/s)");
    }

    static void poll(URI uri, int connections, int seconds, String body, String[] headers) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (String h : headers) {
            int colon = h.indexOf(':');
            builder.header(h.substring(0, colon), h.substring(colon + 1));
        }
        HttpRequest request = builder.build();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        // latency histogram: 10 us buckets up to 2 s, the last bucket holds anything slower
        java.util.concurrent.atomic.AtomicLongArray histogram = new java.util.concurrent.atomic.AtomicLongArray(200_001);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        outcome = r.statusCode() + " " + r.headers().firstValue("X-Cache").orElse("-");
                    } catch (Exception e) {
                        outcome = "error " + e.getClass().getSimpleName();
                    }
                    histogram.incrementAndGet((int) Math.min(200_000, (System.nanoTime() - start) / 10_000));
                    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        long total = 0;
        for (int b = 0; b < histogram.length(); b++) {
            total += histogram.get(b);
        }
        System.out.printf("connections %d, %d s: %.0f answers/s, p50 %.2f ms, p99 %.2f ms, outcomes %s%n",
                connections, seconds, total / (double) seconds, percentile(histogram, total, 0.50),
                percentile(histogram, total, 0.99), new java.util.TreeMap<>(outcomes.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()))));
        System.exit(0);
    }

    /** The upper edge of the bucket holding the given fraction of the answers, in milliseconds. */
    static double percentile(java.util.concurrent.atomic.AtomicLongArray histogram, long total, double fraction) {
        long seen = 0;
        for (int b = 0; b < histogram.length(); b++) {
            seen += histogram.get(b);
            if (seen >= Math.ceil(total * fraction)) {
                return (b + 1) * 0.01;
            }
        }
        return Double.NaN;
    }
}
