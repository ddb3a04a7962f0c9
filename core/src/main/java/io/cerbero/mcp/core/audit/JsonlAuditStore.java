package io.cerbero.mcp.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cerbero.mcp.core.json.JsonMappers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded audit store: one JSON object per line in a file, chained by hashes ({@link ChainHash}).
 *
 * <ul>
 *   <li>Every {@link #append} writes its line with one {@code write} call under one lock, so lines never
 *       interleave, and returns only after the operating system has the bytes: a process killed right after keeps
 *       the record. With {@code fsync} it also forces them to the disk, which survives a power cut.</li>
 *   <li>Daily rotation by the injected clock (UTC days): the current file becomes {@code <name>.<day>} and rotated
 *       files older than {@code backupDays} days are deleted. The chain goes on across files.</li>
 *   <li>On start it reads the last line to continue the chain; a torn last line (a write cut by a crash of the
 *       machine) is closed with a newline, and {@link #verify} reports it.</li>
 * </ul>
 */
public final class JsonlAuditStore implements AuditStore {
    private final AuditFiles files;
    private final boolean fsync;
    private final int backupDays;
    private final Clock clock;
    private final ObjectMapper json;
    private final Object lock = new Object();

    // guarded by lock
    private FileChannel channel;
    private LocalDate currentDay;
    private long lastSeq;
    private String lastHash = ChainHash.GENESIS;
    private boolean needsNewline;

    /**
     * @param file       the current file; its folder is created on the first record
     * @param fsync      force every record to the disk, not only to the operating system
     * @param backupDays how many days of rotated files to keep
     */
    public JsonlAuditStore(Path file, boolean fsync, int backupDays, Clock clock) {
        if (backupDays < 0) {
            throw new IllegalArgumentException("backupDays must not be negative");
        }
        this.files = new AuditFiles(Objects.requireNonNull(file, "file"));
        this.fsync = fsync;
        this.backupDays = backupDays;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = JsonMappers.create()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        recover();
    }

    public Path file() {
        return files.current();
    }

    @Override
    public AuditRecord append(AuditRecord record) {
        String body = serialise(record.unchained());
        synchronized (lock) {
            try {
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                if (currentDay != null && !today.equals(currentDay)) {
                    rotate(today);
                }
                long seq = lastSeq + 1;
                String line = ChainHash.seal("{\"seq\":" + seq + ",\"prev_hash\":\"" + lastHash + "\","
                        + body.substring(1));
                write((needsNewline ? "\n" : "") + line + "\n");
                needsNewline = false;
                String hash = ChainHash.claimed(line).orElseThrow();
                AuditRecord stored = record.chained(seq, lastHash, hash);
                lastSeq = seq;
                lastHash = hash;
                currentDay = today;
                return stored;
            } catch (IOException | RuntimeException e) {
                closeChannel();
                throw new AuditWriteException("audit record for request " + record.requestId()
                        + " could not be written to " + files.current() + ": " + e.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        List<AuditRecord> found = new ArrayList<>();
        List<Path> newestFirst = new ArrayList<>(files.oldestFirst());
        java.util.Collections.reverse(newestFirst);
        LocalDate fromDay = query.from() == null ? null : LocalDate.ofInstant(query.from(), ZoneOffset.UTC);
        LocalDate toDay = query.to() == null ? null : LocalDate.ofInstant(query.to(), ZoneOffset.UTC);
        for (Path path : newestFirst) {
            if (found.size() >= query.limit()) {
                break;
            }
            Optional<LocalDate> day = dayOf(path);
            if (day.isPresent() && ((fromDay != null && day.get().isBefore(fromDay))
                    || (toDay != null && day.get().isAfter(toDay)))) {
                continue;
            }
            found.addAll(newestMatches(path, query, query.limit() - found.size()));
        }
        return found;
    }

    @Override
    public ChainReport verify() {
        List<Path> walk = files.oldestFirst();
        List<String> names = walk.stream().map(p -> p.getFileName().toString()).toList();
        String previous = null;
        Long firstSeq = null;
        Long lastSeen = null;
        long count = 0;
        for (Path path : walk) {
            try (BufferedReader in = reader(path)) {
                long lineNo = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNo++;
                    String name = path.getFileName().toString();
                    AuditRecord record;
                    try {
                        record = json.readValue(line, AuditRecord.class);
                    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                        return broken(names, count, firstSeq, lastSeen, name, lineNo, null, "line is not a record");
                    }
                    if (!ChainHash.intact(line)) {
                        return broken(names, count, firstSeq, lastSeen, name, lineNo, record.seq(),
                                "hash does not match the line's content (edited)");
                    }
                    if (previous != null && !previous.equals(record.prevHash())) {
                        return broken(names, count, firstSeq, lastSeen, name, lineNo, record.seq(),
                                "prev_hash does not match the record before (removed, inserted or reordered)");
                    }
                    if (lastSeen != null && (record.seq() == null || record.seq() != lastSeen + 1)) {
                        return broken(names, count, firstSeq, lastSeen, name, lineNo, record.seq(),
                                "seq does not follow " + lastSeen);
                    }
                    previous = record.hash();
                    lastSeen = record.seq();
                    firstSeq = firstSeq == null ? record.seq() : firstSeq;
                    count++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ChainReport(true, count, names, firstSeq, lastSeen, null);
    }

    @Override
    public void close() {
        synchronized (lock) {
            closeChannel();
        }
    }

    private static ChainReport broken(List<String> names, long count, Long firstSeq, Long lastSeq, String file,
                                      long line, Long seq, String reason) {
        return new ChainReport(false, count, names, firstSeq, lastSeq,
                new ChainReport.BrokenLink(file, line, seq, reason));
    }

    /** The newest {@code max} matches of one file, newest first; lines that do not parse are skipped. */
    private List<AuditRecord> newestMatches(Path path, AuditQuery query, int max) {
        Deque<AuditRecord> newest = new ArrayDeque<>(Math.min(max, 1024));
        try (BufferedReader in = reader(path)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                AuditRecord record;
                try {
                    record = json.readValue(line, AuditRecord.class);
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    continue; // verify reports it; a query still answers with the readable records
                }
                if (query.matches(record)) {
                    if (newest.size() == max) {
                        newest.removeFirst();
                    }
                    newest.addLast(record);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of(); // rotated away or removed by retention meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AuditRecord> out = new ArrayList<>(newest);
        java.util.Collections.reverse(out);
        return out;
    }

    private Optional<LocalDate> dayOf(Path path) {
        return files.rotated().stream().filter(r -> r.path().equals(path)).map(AuditFiles.Rotated::day).findFirst();
    }

    private static BufferedReader reader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    }

    private String serialise(AuditRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new AuditWriteException("audit record for request " + record.requestId() + " is not serialisable", e);
        }
    }

    private void write(String text) throws IOException {
        if (channel == null) {
            Files.createDirectories(files.current().getParent());
            channel = FileChannel.open(files.current(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        if (fsync) {
            channel.force(false);
        }
    }

    /** Renames the current file after its day, then drops rotated files beyond the retention. */
    private void rotate(LocalDate today) throws IOException {
        closeChannel();
        if (Files.exists(files.current())) {
            Files.move(files.current(), files.rotationTarget(currentDay));
        }
        files.deleteBefore(today.minusDays(backupDays));
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the next append reopens the file; nothing is lost by a failed close of an append-only channel
            }
            channel = null;
        }
    }

    /** Continues the chain from the last record on disk: the current file's, else the newest rotated file's. */
    private void recover() {
        try {
            Optional<LastLine.Tail> tail = LastLine.of(files.current());
            boolean inCurrent = tail.isPresent();
            if (tail.isEmpty()) {
                List<AuditFiles.Rotated> rotated = files.rotated();
                for (int i = rotated.size() - 1; i >= 0 && tail.isEmpty(); i--) {
                    tail = LastLine.of(rotated.get(i).path());
                }
            }
            if (tail.isPresent()) {
                String line = tail.get().line();
                needsNewline = inCurrent && !tail.get().terminated();
                try {
                    AuditRecord last = json.readValue(line, AuditRecord.class);
                    lastSeq = last.seq() == null ? 0 : last.seq();
                    lastHash = last.hash() == null ? ChainHash.sha256(line) : last.hash();
                    if (inCurrent) {
                        currentDay = LocalDate.ofInstant(last.time(), ZoneOffset.UTC);
                    }
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    // a torn last line: chain on from its text so the break shows at that line, not after it
                    lastHash = ChainHash.sha256(line);
                    currentDay = inCurrent ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : null;
                }
            }
            files.deleteBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(backupDays));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + files.current(), e);
        }
    }
}
