package io.cerbero.mcp.core.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the last line of a file from its end, without reading the whole file. */
final class LastLine {
    private LastLine() {
    }

    /**
     * @return the last non-empty line, and whether the file ends with a newline (false: the last write was torn)
     */
    static Optional<Tail> of(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            if (size == 0) {
                return Optional.empty();
            }
            in.seek(size - 1);
            boolean terminated = in.read() == '\n';
            long end = terminated ? size - 1 : size;
            for (int window = 64 * 1024; ; window *= 2) {
                long start = Math.max(0, end - window);
                byte[] bytes = new byte[(int) (end - start)];
                in.seek(start);
                in.readFully(bytes);
                int newline = lastIndexOf(bytes, (byte) '\n');
                if (newline >= 0 || start == 0) {
                    String line = new String(bytes, newline + 1, bytes.length - newline - 1, StandardCharsets.UTF_8);
                    return line.isBlank() ? Optional.empty() : Optional.of(new Tail(line, terminated));
                }
            }
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    record Tail(String line, boolean terminated) {
    }
}
