package io.cerbero.mcp.plugin.bybit.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Builds a query string once, in insertion order, skipping absent values. The resulting string is both what is
 * signed and what is sent, so the two can never differ.
 */
public final class BybitQuery {
    private final StringJoiner joiner = new StringJoiner("&");

    public static BybitQuery of() {
        return new BybitQuery();
    }

    public BybitQuery add(String name, Object value) {
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
