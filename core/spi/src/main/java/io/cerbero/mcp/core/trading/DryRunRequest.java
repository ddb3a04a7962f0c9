package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a write tool returns under {@code dry_run: true}: the exact venue request it would have sent, after
 * validation, rounding and the policy check, with every secret header replaced by {@value #REDACTED}. Serialised
 * in the tool's output as {@code "request": {"method", "path", "query", "body", "headers"}}.
 *
 * <p>Build it from the very {@link UpstreamRequest} a real call would send (sign first, then show), so the dry run
 * cannot drift from the real request. The body and query are shown byte for byte: a plugin must not put secrets
 * there (signatures of a body are not secrets; API keys and passwords are).
 *
 * @param method  GET, POST, …
 * @param path    venue path
 * @param query   raw query string as sent (without {@code ?}); null when there is none
 * @param body    raw body as sent; null when there is none
 * @param headers headers as sent, sorted by name, secret ones redacted; unmodifiable
 */
public record DryRunRequest(String method, String path, String query, String body, Map<String, String> headers) {
    /** What replaces a secret value. */
    public static final String REDACTED = "***";

    public DryRunRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null || query.isEmpty() ? null : query;
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(headers == null ? Map.of() : headers)));
    }

    /**
     * The dry-run view of {@code request}.
     *
     * @param secretHeaders names of headers whose values are replaced by {@value #REDACTED} (case-insensitive):
     *                      API keys, signatures, passphrases, bearer tokens
     */
    public static DryRunRequest of(UpstreamRequest request, Collection<String> secretHeaders) {
        Set<String> secret = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        secret.addAll(secretHeaders);
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach((name, value) -> headers.put(name, secret.contains(name) ? REDACTED : value));
        return new DryRunRequest(request.method(), request.path(), request.rawQuery(), request.body(), headers);
    }

    /**
     * {@code text} with every occurrence of {@code secret} replaced by {@value #REDACTED}: for venue messages that
     * echo a key back. Null or empty secrets change nothing.
     */
    public static String redact(String text, String secret) {
        return text == null || secret == null || secret.isEmpty() ? text : text.replace(secret, REDACTED);
    }
}
