package io.cerbero.mcp.plugin.alpaca.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds an encoded query string in insertion order, leaving out null values. */
public final class AlpacaQuery {
    private final StringJoiner parts = new StringJoiner("&");

    private AlpacaQuery() {
    }

    public static AlpacaQuery of() {
        return new AlpacaQuery();
    }

    public AlpacaQuery add(String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return this;
    }

    public String build() {
        return parts.toString();
    }
}
