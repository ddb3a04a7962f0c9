package io.cerbero.mcp.app.web;

import io.cerbero.mcp.app.config.ObservabilitySettings;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * Guards the operator's routes ({@code /admin/**}, {@code /metrics}): a bearer token is required (no bot tag);
 * {@link AdminAccess} decides how far it sees. {@code /metrics} and the chain check need the admin scope, unless
 * {@code METRICS_PUBLIC=true} opens {@code /metrics}.
 */
@ServerFilter({"/admin/**", "/metrics"})
public class AdminAuthFilter implements Ordered {
    static final String SCOPE = "cerbero.admin_scope";
    private static final String BEARER = "Bearer ";

    private final AdminAccess access;
    private final ObservabilitySettings settings;
    private final ErrorResponses errors;

    public AdminAuthFilter(AdminAccess access, ObservabilitySettings settings, ErrorResponses errors) {
        this.access = access;
        this.settings = settings;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> authenticate(HttpRequest<?> request) {
        boolean metrics = request.getPath().equals("/metrics");
        if (metrics && settings.metricsPublic()) {
            return null;
        }
        Optional<AdminAccess.Scope> scope = request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class)
                .filter(h -> h.startsWith(BEARER))
                .map(h -> h.substring(BEARER.length()).trim())
                .filter(t -> !t.isEmpty())
                .flatMap(access::scopeOf);
        if (scope.isEmpty()) {
            return errors.of(request, ErrorCode.UNAUTHORIZED, "missing or unknown bearer token",
                    "send Authorization: Bearer <ADMIN_TOKEN, or MAINNET_TOKEN when no ADMIN_TOKEN is set>")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        boolean needsAll = metrics || request.getPath().startsWith("/admin/audit/verify");
        if (needsAll && scope.get() != AdminAccess.Scope.ALL) {
            return errors.of(request, ErrorCode.UNAUTHORIZED, "this route needs the admin token",
                    "send ADMIN_TOKEN (or MAINNET_TOKEN when no ADMIN_TOKEN is set)")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        request.setAttribute(SCOPE, scope.get());
        return null;
    }

    static AdminAccess.Scope scope(HttpRequest<?> request) {
        return request.getAttribute(SCOPE, AdminAccess.Scope.class).orElseThrow(
                () -> new IllegalStateException("admin route reached without the admin filter"));
    }
}
