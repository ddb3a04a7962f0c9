package io.cerbero.mcp.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one audit log: the current file ({@code audit.jsonl}) and the rotated ones, each named after the
 * day of its records ({@code audit.jsonl.2026-11-29}, with {@code .1}, {@code .2} … should a day repeat).
 */
final class AuditFiles {
    private final Path current;
    private final Pattern rotatedName;

    AuditFiles(Path current) {
        this.current = current.toAbsolutePath().normalize();
        this.rotatedName = Pattern.compile(Pattern.quote(this.current.getFileName().toString())
                + "\\.(\\d{4}-\\d{2}-\\d{2})(?:\\.(\\d+))?");
    }

    Path current() {
        return current;
    }

    /** A rotated file and the day its records belong to. */
    record Rotated(Path path, LocalDate day, int index) {
    }

    /** Rotated files, oldest first. */
    List<Rotated> rotated() {
        Path dir = current.getParent();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Rotated> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                Matcher m = rotatedName.matcher(p.getFileName().toString());
                if (m.matches()) {
                    try {
                        found.add(new Rotated(p, LocalDate.parse(m.group(1)),
                                m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
                    } catch (DateTimeParseException | NumberFormatException ignored) {
                        // not one of ours: a look-alike name is left alone
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Rotated::day).thenComparingInt(Rotated::index));
        return found;
    }

    /** Every file of the log, oldest first, the current one last (when it exists). */
    List<Path> oldestFirst() {
        List<Path> all = new ArrayList<>();
        rotated().forEach(r -> all.add(r.path()));
        if (Files.exists(current)) {
            all.add(current);
        }
        return all;
    }

    /** Where the current file goes when its day is over. */
    Path rotationTarget(LocalDate day) {
        Path target = current.resolveSibling(current.getFileName() + "." + day);
        for (int i = 1; Files.exists(target); i++) {
            target = current.resolveSibling(current.getFileName() + "." + day + "." + i);
        }
        return target;
    }

    /** Deletes rotated files of days before {@code oldestKept}. */
    void deleteBefore(LocalDate oldestKept) throws IOException {
        for (Rotated r : rotated()) {
            if (r.day().isBefore(oldestKept)) {
                Files.deleteIfExists(r.path());
            }
        }
    }
}
