package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.cache.CacheInfo;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.Locale;

/** The cache's HTTP face: {@code Cache-Control: no-cache} in, {@code X-Cache} and {@code Age} out. */
final class CacheHeaders {
    private CacheHeaders() {
    }

    /** The caller asked for a fresh answer: {@code Cache-Control: no-cache} (or {@code max-age=0}). */
    static boolean wantsFresh(HttpRequest<?> request) {
        for (String value : request.getHeaders().getAll("Cache-Control")) {
            for (String directive : value.toLowerCase(Locale.ROOT).split(",")) {
                String d = directive.trim();
                if (d.equals("no-cache") || d.equals("max-age=0")) {
                    return true;
                }
            }
        }
        return false;
    }

    static void write(MutableHttpResponse<?> response, CacheInfo info) {
        response.header("X-Cache", info.status().headerValue());
        response.header("Age", String.valueOf(info.ageSeconds()));
    }
}
