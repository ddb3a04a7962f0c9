package io.cerbero.mcp.app.mcp;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bot tag of an MCP client that sends no {@code X-Bot-Tag} header: the {@code clientInfo.name} of its
 * {@code initialize}. The server is stateless, so the name rides in the {@code Mcp-Session-Id} it hands out
 * ({@code <random>.<base64url(name)>}), which MCP clients send back on every later request. The tag is a label
 * for logs and audit, never a credential (the bearer token is), so a client that forges it gains nothing it could
 * not get by sending {@code X-Bot-Tag}.
 */
final class McpBotTags {
    static final String SESSION_HEADER = "Mcp-Session-Id";
    /** When neither the header nor a client name says who calls. */
    static final String FALLBACK = "mcp-client";
    private static final int MAX_LENGTH = 64;

    private final SecureRandom random = new SecureRandom();

    /** The session id to answer an initialize with, or empty when the client gave no usable name. */
    Optional<String> sessionIdFor(String clientName) {
        return botTagOf(clientName).map(tag -> {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            return HexFormat.of().formatHex(nonce) + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(tag.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The client name carried by a session id this class issued; empty for anything else. */
    Optional<String> fromSessionId(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        int dot = sessionId.indexOf('.');
        if (dot < 0 || sessionId.length() > 256) {
            return Optional.empty();
        }
        try {
            byte[] name = Base64.getUrlDecoder().decode(sessionId.substring(dot + 1));
            return botTagOf(new String(name, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A client name made a valid bot tag (1–64 printable ASCII characters), if anything of it is left. */
    static Optional<String> botTagOf(String clientName) {
        if (clientName == null) {
            return Optional.empty();
        }
        StringBuilder tag = new StringBuilder();
        clientName.chars().filter(c -> c >= 0x20 && c <= 0x7E).limit(MAX_LENGTH).forEach(c -> tag.append((char) c));
        String trimmed = tag.toString().trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }
}
