package io.cerbero.mcp.plugin.macro.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** An encoded query string built in parameter order; {@code null} values are left out. Not thread-safe. */
final class MacroQuery {
    private final StringJoiner parts = new StringJoiner("&");

    static MacroQuery of() {
        return new MacroQuery();
    }

    MacroQuery add(String name, Object value) {
        if (value != null) {
            parts.add(encode(name) + "=" + encode(value.toString()));
        }
        return this;
    }

    String build() {
        return parts.toString();
    }

    /** Form encoding with {@code %20} for spaces: Socrata reads {@code +} literally in some SoQL positions. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
