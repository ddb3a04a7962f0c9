package io.cerbero.mcp.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of the audit log. A line is {@code {"seq":…,"prev_hash":"…",…,"hash":"<sha256>"}}: the hash is
 * SHA-256 over the line without its trailing {@code ,"hash":"…"} field, and {@code prev_hash} names the hash of the
 * line before, so editing, removing or reordering a line breaks a link. Checking works on the raw text, never on a
 * re-serialisation, so number formats cannot make a true line look false.
 */
final class ChainHash {
    /** {@code prev_hash} of the very first record. */
    static final String GENESIS = "0".repeat(64);

    private static final String FIELD = ",\"hash\":\"";
    private static final int SUFFIX_LENGTH = FIELD.length() + 64 + 2;
    private static final MessageDigest PROTOTYPE = prototype();

    private ChainHash() {
    }

    /** The line for a record whose JSON object, without hash, is {@code content}. */
    static String seal(String content) {
        return content.substring(0, content.length() - 1) + FIELD + sha256(content) + "\"}";
    }

    /** The hash a line claims, when it ends the way {@link #seal} ends a line. */
    static Optional<String> claimed(String line) {
        if (line.length() < SUFFIX_LENGTH + 2 || !line.endsWith("\"}")
                || !line.startsWith(FIELD, line.length() - SUFFIX_LENGTH)) {
            return Optional.empty();
        }
        return Optional.of(line.substring(line.length() - 66, line.length() - 2));
    }

    /** True when the line's claimed hash is the hash of the rest of the line. */
    static boolean intact(String line) {
        return claimed(line).map(h -> h.equals(sha256(line.substring(0, line.length() - SUFFIX_LENGTH) + "}")))
                .orElse(false);
    }

    static String sha256(String text) {
        try {
            // a clone of one prototype: getInstance walks the provider list on every call
            MessageDigest digest = (MessageDigest) PROTOTYPE.clone();
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest not cloneable", e);
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
