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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop throughput: C keep-alive connections (plain HTTP/1.1 over a socket, one thread each) each send the
 * next request as soon as the answer arrived, for W warm-up seconds (not counted) then S counted seconds.
 * Loopback targets only.
 * Usage: java [-Dwarmup.seconds=W] ClosedLoop.java URL SECONDS CONNECTIONS BODY [Header:Value ...]
 * Prints requests, requests per second and the count of non-200 answers.
 */
public class ClosedLoop {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!uri.getHost().startsWith("127.") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        byte[] body = args[3].getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\nHost: ")
                .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        for (int i = 4; i < args.length; i++) {
            head.append(args[i].replaceFirst(":", ": ")).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);

        long warmupEnd = System.nanoTime() + Integer.getInteger("warmup.seconds", 10) * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        AtomicLong counted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> run(uri, request, warmupEnd, end, counted, errors));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("requests=%d rps=%.0f connections=%d errors=%d%n", counted.get(),
                counted.get() / (double) seconds, connections, errors.get());
    }

    private static void run(URI uri, byte[] request, long warmupEnd, long end, AtomicLong counted, AtomicLong errors) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setTcpNoDelay(true);
            OutputStream os = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                os.write(request);
                os.flush();
                int status = readResponse(in);
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
}
