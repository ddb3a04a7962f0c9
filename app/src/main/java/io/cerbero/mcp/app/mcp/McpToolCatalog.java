package io.cerbero.mcp.app.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.app.config.McpToolsets;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's tools as MCP tools: named {@code <plugin>_<tool>}, input schema from the input record (the one
 * {@code /openapi.json} shows), output schema from the declared output type, and the MCP hints derived from the
 * tool's effect. Built once at startup from every loaded plugin, dropped-in ones included, narrowed by
 * {@link McpToolsets}.
 */
public final class McpToolCatalog {
    private static final TypeReference<Map<String, Object>> SCHEMA_MAP = new TypeReference<>() {
    };

    /** One offered tool: its MCP descriptor and the registry entry a call runs. */
    public record Entry(McpSchema.Tool descriptor, RegisteredPlugin plugin, Tool<?, ?> tool) {
        public String name() {
            return descriptor.name();
        }
    }

    private final Map<String, Entry> entries;

    public McpToolCatalog(PluginRegistry registry, ToolSchemas schemas, ObjectMapper json, McpToolsets toolsets) {
        Map<String, Entry> offered = new LinkedHashMap<>();
        for (RegisteredPlugin plugin : registry.plugins()) {
            for (Tool<?, ?> tool : plugin.tools()) {
                if (toolsets.offers(plugin, tool)) {
                    Entry entry = new Entry(describe(plugin, tool, schemas, json), plugin, tool);
                    offered.put(entry.name(), entry);
                }
            }
        }
        this.entries = Collections.unmodifiableMap(offered);
    }

    /** In registry order. */
    public Collection<Entry> entries() {
        return entries.values();
    }

    public Optional<Entry> entry(String mcpName) {
        return Optional.ofNullable(entries.get(mcpName));
    }

    /** Plugin names never contain '_' and tool names are snake_case, so the first '_' splits the name. */
    static String mcpName(RegisteredPlugin plugin, Tool<?, ?> tool) {
        return plugin.name() + "_" + tool.name();
    }

    private static McpSchema.Tool describe(RegisteredPlugin plugin, Tool<?, ?> tool, ToolSchemas schemas,
                                           ObjectMapper json) {
        McpSchema.Tool.Builder builder = McpSchema.Tool.builder()
                .name(mcpName(plugin, tool))
                .description(description(plugin, tool))
                .inputSchema(json.convertValue(schemas.resolve(tool.inputType()).toJsonSchema(), SCHEMA_MAP))
                .annotations(annotations(tool.effect()));
        if (tool.outputType() != null) {
            builder.outputSchema(json.convertValue(withHostFields(schemas.outputJsonSchema(tool.outputType())),
                    SCHEMA_MAP));
        }
        return builder.build();
    }

    private static String description(RegisteredPlugin plugin, Tool<?, ?> tool) {
        String text = "[" + plugin.name() + "] " + tool.description();
        return tool.effect() == Effect.WRITE
                ? text + " Changes the account: pass \"dry_run\": true to see the venue request without sending it."
                : text;
    }

    /**
     * READ tools only look and repeat safely; WRITE tools change the account and are not assumed idempotent (the
     * SPI does not say which are). Every tool talks to a venue or data provider outside this server.
     */
    private static McpSchema.ToolAnnotations annotations(Effect effect) {
        boolean read = effect == Effect.READ;
        return new McpSchema.ToolAnnotations(null, read, !read, read, true, null);
    }

    /** The host adds {@code request_id} and {@code data_timestamp} to every answer, as in {@code /openapi.json}. */
    private static ObjectNode withHostFields(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        if (copy.path("properties").isObject()) {
            ObjectNode properties = (ObjectNode) copy.get("properties");
            if (!properties.has("request_id")) {
                properties.putObject("request_id").put("type", "string");
            }
            if (!properties.has("data_timestamp")) {
                properties.putObject("data_timestamp").put("type", "string").put("format", "date-time");
            }
        }
        return copy;
    }
}
