package io.cerbero.mcp.plugin.deribit.client;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The query string of a JSON-RPC-over-GET call ({@code /public/ticker?instrument_name=BTC-PERPETUAL}), in the order
 * the parameters were added, URL-encoded. Null values are left out; decimals are plain ({@code 0.0001}, never
 * {@code 1E-4}); booleans are {@code true}/{@code false} as Deribit expects.
 */
public final class DeribitQuery {
    private final StringJoiner parts = new StringJoiner("&");

    private DeribitQuery() {
    }

    public static DeribitQuery of() {
        return new DeribitQuery();
    }

    public DeribitQuery add(String name, Object value) {
        if (value == null) {
            return this;
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        parts.add(encode(name) + "=" + encode(text));
        return this;
    }

    public String build() {
        return parts.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return build();
    }
}
