package io.cerbero.mcp.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An upstream answer with a status the host did not already turn into an error (2xx, 3xx, and 4xx other than 429).
 *
 * @param status  HTTP status
 * @param headers response headers, names lower-cased
 * @param body    the body as text (empty when none)
 */
public record UpstreamResponse(int status, Map<String, List<String>> headers, String body) {

    public UpstreamResponse {
        TreeMap<String, List<String>> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        }
        headers = java.util.Collections.unmodifiableMap(lower);
        body = body == null ? "" : body;
    }

    /** First value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
