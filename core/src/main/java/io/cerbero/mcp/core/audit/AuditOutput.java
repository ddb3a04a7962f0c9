package io.cerbero.mcp.core.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only file under {@link JsonlAuditStore}: the one place its bytes go. An interface so specs can count
 * the writes of a batch and make one fail; the store opens the real file through {@link #file}.
 */
interface AuditOutput extends Closeable {
    /** Appends every byte of {@code bytes} and returns once the operating system has them. */
    void append(ByteBuffer bytes) throws IOException;

    /** Forces what was appended to the disk. */
    void force() throws IOException;

    /** Opens the output of one file (the store reopens after a rotation or a failed write). */
    @FunctionalInterface
    interface Opener {
        AuditOutput open(Path file) throws IOException;
    }

    /** The real file: a channel in append mode, its folder created first. */
    static AuditOutput file(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new AuditOutput() {
            @Override
            public void append(ByteBuffer bytes) throws IOException {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }

            @Override
            public void force() throws IOException {
                channel.force(false);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
