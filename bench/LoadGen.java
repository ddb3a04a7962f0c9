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

/**
 * Open-loop load at a fixed total rate over C keep-alive connections (one paced thread each, plain HTTP/1.1 over a
 * socket, so the generator itself costs little). Latency counts from the scheduled send time, so a stall is not
 * hidden (no coordinated omission). Loopback targets only.
 * Usage: java [-Dwarmup.seconds=W] LoadGen.java URL RATE_PER_S SECONDS CONNECTIONS [BODY] [Header:Value ...]
 * (GET without BODY). The first W seconds (default 10) run at the same rate but are not recorded, so the
 * generator's own JIT warm-up does not show up as the target's latency.
 * Prints p50/p90/p99/p99.9 in ms and the count of non-200 answers.
 */
public class LoadGen {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!uri.getHost().startsWith("127.") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        String body = args.length > 4 && !args[4].isEmpty() ? args[4] : null;
        StringBuilder head = new StringBuilder();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        head.append(body == null ? "GET " : "POST ").append(target).append(" HTTP/1.1\r\nHost: ")
                .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        for (int i = 5; i < args.length; i++) {
            head.append(args[i].replaceFirst(":", ": ")).append("\r\n");
        }
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] request = concat(head.toString().getBytes(StandardCharsets.US_ASCII), bodyBytes);

        int warmupSeconds = Integer.getInteger("warmup.seconds", 10);
        int perConnection = rate * seconds / connections;
        int warmupPerConnection = rate * warmupSeconds / connections;
        long intervalNanos = 1_000_000_000L * connections / rate;
        long[][] latencies = new long[connections][perConnection];
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime() + 100_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int conn = c;
            Thread t = new Thread(() -> run(uri, request, warmupPerConnection, latencies[conn],
                    start + conn * intervalNanos / connections, intervalNanos, errors));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("requests=%d rate=%d/s connections=%d errors=%d p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms%n",
                all.length, rate, connections, errors.get(), ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999));
    }

    private static void run(URI uri, byte[] request, int warmup, long[] out, long first, long interval,
                            AtomicInteger errors) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setTcpNoDelay(true);
            OutputStream os = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
            for (int i = -warmup; i < out.length; i++) {
                long scheduled = first + (i + warmup) * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                os.write(request);
                os.flush();
                int status = readResponse(in);
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

    /** Reads one response (status line, headers, Content-Length body) and returns the status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int contentLength = 0;
        String header;
        while (!(header = line(in)).isEmpty()) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                contentLength = Integer.parseInt(header.substring(15).trim());
            }
        }
        in.readNBytes(contentLength);
        return Integer.parseInt(status.substring(9, 12));
    }

    private static String line(InputStream in) throws IOException {
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1_000_000.0;
    }
}
