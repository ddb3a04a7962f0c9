package io.cerbero.mcp.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.audit.AuditQuery;
import io.cerbero.mcp.core.audit.AuditRecord;
import io.cerbero.mcp.core.audit.AuditStore;
import io.cerbero.mcp.core.audit.ChainReport;
import io.cerbero.mcp.core.invoke.Echo;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /admin/audit}: audit records, newest first, filtered; a testnet caller sees testnet records only.
 * {@code GET /admin/audit/verify}: walks the hash chain across rotated files and names the first broken link.
 */
@Controller("/admin/audit")
public class AuditController {
    private static final Set<String> ACTORS = Set.of("testnet", "mainnet");
    private static final String OFF_WARNING = "the audit log is off (AUDIT_LOG_FILE=off): nothing is recorded";

    private final AuditStore store;
    private final ObjectMapper json;

    public AuditController(AuditStore store, @Named("gateway") ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> query(HttpRequest<?> request, @Nullable @QueryValue String from,
                                      @Nullable @QueryValue String to, @Nullable @QueryValue String actor,
                                      @Nullable @QueryValue String exchange, @Nullable @QueryValue String action,
                                      @Nullable @QueryValue("bot_tag") String botTag,
                                      @Nullable @QueryValue String limit) {
        AuditQuery query = query(from, to, actor, exchange, action, botTag, limit);
        AdminAccess.Scope scope = AdminAuthFilter.scope(request);
        if (scope.onlyActor().isPresent()) {
            query = query.onlyActor(scope.onlyActor().get());
        }
        List<AuditRecord> records = store.query(query);
        ObjectNode root = json.createObjectNode();
        root.put("count", records.size());
        root.set("records", json.valueToTree(records));
        if (!store.enabled()) {
            root.put("warning", OFF_WARNING);
        }
        scope.onlyActor().ifPresent(a -> root.put("scope", a + " records only"));
        root.put("request_id", RequestAttributes.requestId(request));
        return ok(root);
    }

    @Get(uri = "/verify", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> verify(HttpRequest<?> request) {
        ChainReport report = store.verify();
        ObjectNode root = json.valueToTree(report);
        if (!store.enabled()) {
            root.put("warning", OFF_WARNING);
        }
        root.put("request_id", RequestAttributes.requestId(request));
        return ok(root);
    }

    static AuditQuery query(String from, String to, String actor, String exchange, String action, String botTag,
                            String limit) {
        Instant start = from == null ? null : instant("from", from, false);
        Instant end = to == null ? null : instant("to", to, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw ToolException.invalidInput("from must not be after to");
        }
        if (actor != null && !ACTORS.contains(actor)) {
            throw ToolException.invalidInput("actor must be testnet or mainnet, got '" + Echo.clip(actor, 32) + "'");
        }
        int max = AuditQuery.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                max = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw ToolException.invalidInput("limit must be a whole number, got '" + Echo.clip(limit, 32) + "'");
            }
            if (max < 1 || max > AuditQuery.MAX_LIMIT) {
                throw ToolException.invalidInput("limit must be between 1 and " + AuditQuery.MAX_LIMIT + ", got " + max);
            }
        }
        return new AuditQuery(start, end, actor, blankToNull(exchange), blankToNull(action), blankToNull(botTag), max);
    }

    /** An ISO date (the whole UTC day: its start for {@code from}, its end for {@code to}) or date-time. */
    private static Instant instant(String name, String raw, boolean endOfDay) {
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw ToolException.invalidInput(name + " must be an ISO date (2026-11-29) or date-time "
                    + "(2026-11-29T10:00:00Z), got '" + Echo.clip(value, 40) + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private HttpResponse<String> ok(ObjectNode root) {
        try {
            return HttpResponse.ok(json.writeValueAsString(root)).contentType(MediaType.APPLICATION_JSON_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit answer serialisation failed", e);
        }
    }
}
