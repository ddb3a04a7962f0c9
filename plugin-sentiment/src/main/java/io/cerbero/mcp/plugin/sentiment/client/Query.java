package io.cerbero.mcp.plugin.sentiment.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a query string in insertion order, URL-encoding values and skipping absent ones. */
public final class Query {
    private final StringJoiner joiner = new StringJoiner("&");

    public static Query of() {
        return new Query();
    }

    public Query add(String name, Object value) {
        if (value != null) {
            String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
            if (!text.isEmpty()) {
                joiner.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        }
        return this;
    }

    public String build() {
        return joiner.toString();
    }
}
