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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded audit store: one JSON object per line in a file, chained by hashes ({@link ChainHash}).
 *
 * <ul>
 *   <li>Group commit: {@link #append} queues its record, then takes the writer lock. Whoever holds it (the
 *       leader) takes every queued record, chains them in queue order and writes them with one {@code write}
 *       (and, with {@code fsync}, one {@code force}); records that arrive meanwhile queue for the next batch. A
 *       caller whose record a leader already wrote finds it done when it gets the lock and returns at once. So
 *       lines never interleave, and every caller returns only after the operating system has its own record (a
 *       process killed right after keeps it); with {@code fsync} after it is on the disk, which survives a power
 *       cut. A failed write fails every record of its batch with {@link AuditWriteException}.</li>
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
    private final AuditOutput.Opener opener;

    /** Records waiting for a leader, oldest first. */
    private final Object queueLock = new Object();
    private List<Pending> queue = new ArrayList<>(); // guarded by queueLock

    /** Held by the leader while it writes a batch; guards everything below and every {@link Pending}'s outcome. */
    private final ReentrantLock writer = new ReentrantLock();
    private AuditOutput output;
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
        this(file, fsync, backupDays, clock, AuditOutput::file);
    }

    /** With another output than the real file (specs count and fail writes through it). */
    JsonlAuditStore(Path file, boolean fsync, int backupDays, Clock clock, AuditOutput.Opener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
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
        Pending mine = new Pending(record, serialise(record.unchained()));
        synchronized (queueLock) {
            queue.add(mine);
        }
        writer.lock();
        try {
            if (!mine.done()) {
                writeBatch(takeQueue());
            }
            return mine.stored();
        } finally {
            writer.unlock();
        }
    }

    /** How many records wait for a leader (specs wait on it to build a batch). */
    int waiting() {
        synchronized (queueLock) {
            return queue.size();
        }
    }

    private List<Pending> takeQueue() {
        synchronized (queueLock) {
            List<Pending> batch = queue;
            queue = new ArrayList<>();
            return batch;
        }
    }

    /**
     * Chains and writes one batch with one write (and one force), then settles every record of it: stored when the
     * write went through, failed otherwise. The clock is read once, so a batch never straddles a rotation.
     */
    private void writeBatch(List<Pending> batch) {
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            if (currentDay != null && !today.equals(currentDay)) {
                rotate(today);
            }
            StringBuilder text = new StringBuilder(batch.size() * 512);
            if (needsNewline) {
                text.append('\n');
            }
            long seq = lastSeq;
            String prev = lastHash;
            List<AuditRecord> stored = new ArrayList<>(batch.size());
            for (Pending pending : batch) {
                seq++;
                String line = ChainHash.seal("{\"seq\":" + seq + ",\"prev_hash\":\"" + prev + "\","
                        + pending.body.substring(1));
                String hash = ChainHash.claimed(line).orElseThrow();
                stored.add(pending.record.chained(seq, prev, hash));
                text.append(line).append('\n');
                prev = hash;
            }
            write(text.toString());
            needsNewline = false;
            lastSeq = seq;
            lastHash = prev;
            currentDay = today;
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).stored = stored.get(i);
            }
        } catch (IOException | RuntimeException e) {
            closeOutput();
            for (Pending pending : batch) {
                pending.failure = new AuditWriteException("audit record for request " + pending.record.requestId()
                        + " could not be written to " + files.current() + ": " + e.getClass().getSimpleName(), e);
            }
        } finally {
            for (Pending pending : batch) { // an Error escaped: no caller may take silence for success
                if (!pending.done()) {
                    pending.failure = new AuditWriteException("audit record for request "
                            + pending.record.requestId() + " was not written: its batch's writer failed", null);
                }
            }
        }
    }

    /** One caller's record on its way to the file; its outcome is set by the leader that writes it. */
    private static final class Pending {
        private final AuditRecord record;
        private final String body;
        // guarded by writer
        private AuditRecord stored;
        private AuditWriteException failure;

        Pending(AuditRecord record, String body) {
            this.record = record;
            this.body = body;
        }

        boolean done() {
            return stored != null || failure != null;
        }

        AuditRecord stored() {
            if (failure != null) {
                throw failure;
            }
            return stored;
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
        writer.lock();
        try {
            closeOutput();
        } finally {
            writer.unlock();
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
        if (output == null) {
            output = opener.open(files.current());
        }
        output.append(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        if (fsync) {
            output.force();
        }
    }

    /** Renames the current file after its day, then drops rotated files beyond the retention. */
    private void rotate(LocalDate today) throws IOException {
        closeOutput();
        if (Files.exists(files.current())) {
            Files.move(files.current(), files.rotationTarget(currentDay));
        }
        files.deleteBefore(today.minusDays(backupDays));
    }

    private void closeOutput() {
        if (output != null) {
            try {
                output.close();
            } catch (IOException ignored) {
                // the next append reopens the file; nothing is lost by a failed close of an append-only channel
            }
            output = null;
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
