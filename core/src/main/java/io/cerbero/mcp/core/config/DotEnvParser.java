package io.cerbero.mcp.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the {@code .env} format: {@code KEY=value} lines, {@code #} comments, optional {@code export } prefix,
 * optional single or double quotes around the value. No interpolation: values are taken literally.
 */
final class DotEnvParser {
    private DotEnvParser() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            out.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }
        return out;
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
                return value.substring(1, value.length() - 1);
            }
            // a quoted value followed by a comment: KEY="value"  # note
            int close = first == '"' || first == '\'' ? value.indexOf(first, 1) : -1;
            if (close > 0 && value.substring(close + 1).strip().startsWith("#")) {
                return value.substring(1, close);
            }
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
