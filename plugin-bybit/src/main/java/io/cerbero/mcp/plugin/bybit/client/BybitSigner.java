package io.cerbero.mcp.plugin.bybit.client;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Bybit v5 HMAC-SHA256 request signing.
 *
 * <p>String to sign = {@code timestamp + apiKey + recvWindow + payload}, where the payload is the query string
 * exactly as sent (GET, no {@code ?}) or the raw JSON body exactly as sent (POST). The signature is the lowercase
 * hex of HMAC-SHA256 keyed with the API secret.
 *
 * @see <a href="https://bybit-exchange.github.io/docs/v5/guide#create-a-request">Bybit v5: create a request</a>
 */
public final class BybitSigner {
    private static final String ALGORITHM = "HmacSHA256";

    private BybitSigner() {
    }

    /**
     * @param apiSecret  the API secret (the HMAC key)
     * @param timestamp  epoch milliseconds, as sent in {@code X-BAPI-TIMESTAMP}
     * @param apiKey     the API key, as sent in {@code X-BAPI-API-KEY}
     * @param recvWindow as sent in {@code X-BAPI-RECV-WINDOW}
     * @param payload    the raw query string (GET) or raw body (POST); empty when none
     * @return lowercase hex HMAC-SHA256
     */
    public static String sign(String apiSecret, long timestamp, String apiKey, long recvWindow, String payload) {
        String toSign = timestamp + apiKey + recvWindow + (payload == null ? "" : payload);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every JDK; an empty secret is refused earlier by the config
            throw new IllegalStateException("HMAC-SHA256 unavailable or key rejected", e);
        }
    }
}
