import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * HTTP load over C keep-alive connections (one thread each, plain HTTP/1.1 over a socket, so the generator itself
 * costs little), in one of two modes. Loopback targets only. GET without BODY, POST with it.
 * <pre>
 * java [-Dwarmup.seconds=W] LoadGen.java [open] URL RATE_PER_S SECONDS CONNECTIONS [BODY] [Header:Value ...]
 *     open loop at a fixed total rate (one paced thread per connection). Latency counts from the scheduled send
 *     time, so a stall is not hidden (no coordinated omission). The first W seconds (default 10) run at the same
 *     rate but are not recorded, so the generator's own JIT warm-up does not show up as the target's latency.
 *     Prints p50/p90/p99/p99.9 in ms and the count of non-200 answers.
 * java [-Dwarmup.seconds=W] LoadGen.java closed URL SECONDS CONNECTIONS [BODY] [Header:Value ...]
 *     closed loop: each connection sends the next request as soon as the answer arrived, for W warm-up seconds
 *     (default 10, not counted) then SECONDS counted seconds. Prints requests, requests per second and the count
 *     of non-200 answers.
 * </pre>
 */
public class LoadGen {
    public static void main(String[] args) throws Exception {
        boolean closed = args[0].equals("closed");
        String[] rest = closed || args[0].equals("open") ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (closed) {
            closedLoop(rest);
        } else {
            openLoop(rest);
        }
    }

    /** URL RATE_PER_S SECONDS CONNECTIONS [BODY] [Header:Value ...] */
    static void openLoop(String[] args) throws InterruptedException {
        URI uri = loopback(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        byte[] request = request(uri, args, 4);

        int warmupSeconds = Integer.getInteger("warmup.seconds", 10);
        int perConnection = rate * seconds / connections;
        int warmupPerConnection = rate * warmupSeconds / connections;
        long intervalNanos = 1_000_000_000L * connections / rate;
        long[][] latencies = new long[connections][perConnection];
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime() + 100_000_000L;
        onThreads(connections, conn -> paced(uri, request, warmupPerConnection, latencies[conn],
                start + conn * intervalNanos / connections, intervalNanos, errors));
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("requests=%d rate=%d/s connections=%d errors=%d p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms%n",
                all.length, rate, connections, errors.get(), ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999));
    }

    private static void paced(URI uri, byte[] request, int warmup, long[] out, long first, long interval,
                              AtomicInteger errors) {
        try (Connection connection = new Connection(uri, request)) {
            for (int i = -warmup; i < out.length; i++) {
                long scheduled = first + (i + warmup) * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int status = connection.exchange();
                if (i < 0) {
                    continue; // warm-up: sent at the rate, not recorded
                }
                if (status != 200) {
                    errors.incrementAndGet();
                }
                out[i] = System.nanoTime() - scheduled;
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        }
    }

    /** URL SECONDS CONNECTIONS [BODY] [Header:Value ...] */
    static void closedLoop(String[] args) throws InterruptedException {
        URI uri = loopback(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        byte[] request = request(uri, args, 3);

        long warmupEnd = System.nanoTime() + Integer.getInteger("warmup.seconds", 10) * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        AtomicLong counted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        onThreads(connections, conn -> backToBack(uri, request, warmupEnd, end, counted, errors));
        System.out.printf("requests=%d rps=%.0f connections=%d errors=%d%n", counted.get(),
                counted.get() / (double) seconds, connections, errors.get());
    }

    private static void backToBack(URI uri, byte[] request, long warmupEnd, long end, AtomicLong counted,
                                   AtomicLong errors) {
        try (Connection connection = new Connection(uri, request)) {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                int status = connection.exchange();
                if (System.nanoTime() > warmupEnd && System.nanoTime() <= end) {
                    counted.incrementAndGet();
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        }
    }

    private static URI loopback(String url) {
        URI uri = URI.create(url);
        if (!uri.getHost().startsWith("127.") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        return uri;
    }

    /** The request's bytes: args[at] is the optional BODY (empty = none), the rest Header:Value pairs. */
    private static byte[] request(URI uri, String[] args, int at) {
        String body = args.length > at && !args[at].isEmpty() ? args[at] : null;
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder(body == null ? "GET " : "POST ").append(target)
                .append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        for (int i = at + 1; i < args.length; i++) {
            head.append(args[i].replaceFirst(":", ": ")).append("\r\n");
        }
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
        System.arraycopy(bodyBytes, 0, request, headBytes.length, bodyBytes.length);
        return request;
    }

    /** Runs {@code work} for each connection number on its own thread and waits for all of them. */
    private static void onThreads(int connections, IntConsumer work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int conn = c;
            Thread t = new Thread(() -> work.accept(conn));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1_000_000.0;
    }

    /** One keep-alive connection that sends the same request again and again. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] request;

        Connection(URI uri, byte[] request) throws IOException {
            this.socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 16384);
            this.request = request;
        }

        /** Sends the request and reads one response (status line, headers, Content-Length body): its status. */
        int exchange() throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int contentLength = 0;
            String header;
            while (!(header = line()).isEmpty()) {
                if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                    contentLength = Integer.parseInt(header.substring(15).trim());
                }
            }
            in.readNBytes(contentLength);
            return Integer.parseInt(status.substring(9, 12));
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
