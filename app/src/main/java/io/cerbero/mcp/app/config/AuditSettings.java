package io.cerbero.mcp.app.config;

import io.cerbero.mcp.core.config.ConfigSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The audit log's settings.
 *
 * @param file       {@code AUDIT_LOG_FILE}: the current JSONL file (default {@code data/audit.jsonl} under the
 *                   working directory); {@code off} turns the audit log off. An empty value means the default, as
 *                   for every variable ({@link ConfigSource}: compose passes {@code FOO=} for an unset
 *                   {@code FOO}), so a variable gone blank by accident never switches the audit off
 * @param fsync      {@code AUDIT_FSYNC}: force every record to the disk, not only to the operating system
 * @param backupDays {@code AUDIT_LOG_BACKUP_DAYS}: days of rotated files kept (default 30)
 */
public record AuditSettings(Optional<Path> file, boolean fsync, int backupDays) {
    public static final String DEFAULT_FILE = "data/audit.jsonl";
    /** The value of {@code AUDIT_LOG_FILE} that turns the audit log off. */
    public static final String OFF = "off";

    public static AuditSettings load(ConfigSource source) {
        List<String> problems = new ArrayList<>();
        String raw = source.get("AUDIT_LOG_FILE").orElse(DEFAULT_FILE).strip();
        Optional<Path> file = raw.equalsIgnoreCase(OFF) ? Optional.empty() : Optional.of(Path.of(raw));
        boolean fsync = false;
        String fsyncRaw = source.get("AUDIT_FSYNC").orElse("false").strip().toLowerCase(Locale.ROOT);
        if (fsyncRaw.equals("true") || fsyncRaw.equals("false")) {
            fsync = Boolean.parseBoolean(fsyncRaw);
        } else {
            problems.add("AUDIT_FSYNC must be true or false (got '" + fsyncRaw + "')");
        }
        int days = 30;
        String daysRaw = source.get("AUDIT_LOG_BACKUP_DAYS").orElse("30").strip();
        try {
            days = Integer.parseInt(daysRaw);
            if (days < 0 || days > 36_500) {
                problems.add("AUDIT_LOG_BACKUP_DAYS must be between 0 and 36500 (got " + days + ")");
            }
        } catch (NumberFormatException e) {
            problems.add("AUDIT_LOG_BACKUP_DAYS must be a whole number of days (got '" + daysRaw + "')");
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new AuditSettings(file, fsync, days);
    }
}
