package io.cerbero.mcp.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.swagger.v3.core.util.Json31;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the OpenAPI 3.1 document from the plugin registry at startup: one tag per plugin, one POST path per tool
 * with its request schema and example, the bearer scheme, the {@code X-Bot-Tag} header and the error envelope.
 *
 * <p>Schemas are named {@code <plugin>.<tool>.input} and nested ones {@code <plugin>.<Name>}, so two plugins with
 * equal class names cannot clash. A dropped-in plugin is documented like a built-in one.
 */
public final class OpenApiDocument {
    private static final String ERROR_REF = "#/components/responses/Error";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    private final ObjectMapper json = Json31.mapper();
    private final ToolSchemas schemas;

    public OpenApiDocument(ToolSchemas schemas) {
        this.schemas = schemas;
    }

    public String build(PluginRegistry registry, String version) {
        ObjectNode root = json.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Cerbero MCP");
        info.put("version", version);
        info.put("description", "Gateway for trading bots and agents. The bearer token alone picks testnet or mainnet.");
        root.putArray("security").addObject().putArray("BearerAuth");
        ObjectNode components = root.putObject("components");
        ObjectNode schemaDefs = components.putObject("schemas");
        components.putObject("securitySchemes").putObject("BearerAuth")
                .put("type", "http").put("scheme", "bearer")
                .put("description", "TESTNET_TOKEN routes to testnet, MAINNET_TOKEN to mainnet");
        components.putObject("parameters").set("BotTag", botTagParameter());
        schemaDefs.set("ErrorEnvelope", errorEnvelopeSchema());
        components.putObject("responses").putObject("Error")
                .put("description", "error envelope (4xx/5xx)")
                .putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", SCHEMA_PREFIX + "ErrorEnvelope");

        ArrayNode tags = root.putArray("tags");
        ObjectNode paths = root.putObject("paths");
        List<RegisteredPlugin> plugins = registry.plugins().stream()
                .sorted(Comparator.comparing(RegisteredPlugin::name)).toList();
        for (RegisteredPlugin plugin : plugins) {
            tags.addObject().put("name", plugin.name()).put("description", plugin.plugin().description());
            for (Tool<?, ?> tool : plugin.tools()) {
                String schemaName = plugin.name() + "." + tool.name() + ".input";
                addSchemas(schemaDefs, plugin.name(), schemaName, tool.inputType());
                String outputName = null;
                if (tool.outputType() != null) {
                    outputName = plugin.name() + "." + tool.name() + ".output";
                    addSchemas(schemaDefs, plugin.name(), outputName, tool.outputType());
                }
                paths.putObject("/mcp-" + plugin.name() + "/tools/" + tool.name())
                        .set("post", toolOperation(plugin.name(), tool, schemaName, outputName));
            }
            paths.putObject("/mcp-" + plugin.name() + "/tools").set("get", listOperation(plugin.name()));
        }
        addHostPaths(paths);
        describeConfig(tags, plugins);
        return root.toString();
    }

    /** Each plugin tag lists the variables the plugin reads ({@code x-config}); never their values. */
    private void describeConfig(ArrayNode tags, List<RegisteredPlugin> plugins) {
        for (JsonNode tag : tags) {
            plugins.stream().filter(p -> p.name().equals(tag.path("name").asText())).findFirst()
                    .ifPresent(p -> ((ObjectNode) tag).set("x-config", ConfigKeysJson.of(p, json)));
        }
    }

    private void addSchemas(ObjectNode defs, String plugin, String rootName, Class<?> inputType) {
        ToolSchemas.DerivedSchema resolved = schemas.resolve(inputType);
        defs.set(rootName, renameRefs(json.valueToTree(resolved.root()), plugin));
        resolved.referenced().forEach((name, schema) ->
                defs.set(plugin + "." + name, renameRefs(json.valueToTree(schema), plugin)));
    }

    /** Points every {@code $ref} at the plugin-qualified schema name. */
    private JsonNode renameRefs(JsonNode node, String plugin) {
        if (node.isObject()) {
            ObjectNode obj = (ObjectNode) node;
            JsonNode ref = obj.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_PREFIX)) {
                obj.put("$ref", SCHEMA_PREFIX + plugin + "." + ref.asText().substring(SCHEMA_PREFIX.length()));
            }
            obj.fields().forEachRemaining(e -> renameRefs(e.getValue(), plugin));
        } else if (node.isArray()) {
            node.forEach(child -> renameRefs(child, plugin));
        }
        return node;
    }

    private ObjectNode toolOperation(String plugin, Tool<?, ?> tool, String schemaName, String outputName) {
        ObjectNode op = json.createObjectNode();
        op.putArray("tags").add(plugin);
        op.put("operationId", plugin + "_" + tool.name());
        op.put("summary", (tool.effect() == Effect.WRITE ? "WRITE, audited: " : "") + firstSentence(tool.description()));
        op.put("description", tool.description());
        op.putArray("parameters").addObject().put("$ref", "#/components/parameters/BotTag");
        ObjectNode media = op.putObject("requestBody").put("required", true)
                .putObject("content").putObject("application/json");
        media.putObject("schema").put("$ref", SCHEMA_PREFIX + schemaName);
        media.set("example", io.cerbero.mcp.core.json.JsonMappers.create().valueToTree(tool.example()));
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "the tool's result, with request_id and data_timestamp")
                .putObject("content").putObject("application/json").set("schema", responseSchema(outputName));
        for (String status : List.of("400", "401", "403", "404", "422", "429", "502", "503", "504")) {
            responses.putObject(status).put("$ref", ERROR_REF);
        }
        return op;
    }

    /**
     * The tool's declared output with the two fields the host adds; an open object for a tool that declares none
     * (a plugin built before typed outputs).
     */
    private ObjectNode responseSchema(String outputName) {
        ObjectNode schema = json.createObjectNode();
        if (outputName == null) {
            return schema.put("type", "object");
        }
        var allOf = schema.putArray("allOf");
        allOf.addObject().put("$ref", SCHEMA_PREFIX + outputName);
        ObjectNode added = allOf.addObject().put("type", "object");
        ObjectNode props = added.putObject("properties");
        props.putObject("request_id").put("type", "string");
        props.putObject("data_timestamp").put("type", "string").put("format", "date-time");
        added.putArray("required").add("request_id").add("data_timestamp");
        return schema;
    }

    /** The operation list in Swagger UI shows the summary beside the path; the full text is the description. */
    private static String firstSentence(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    private ObjectNode listOperation(String plugin) {
        ObjectNode op = json.createObjectNode();
        op.putArray("tags").add(plugin);
        op.put("operationId", plugin + "__list_tools");
        op.put("summary", "list the tools of " + plugin + " with their input schemas");
        op.putObject("responses").putObject("200").put("description", "tool list");
        return op;
    }

    private void addHostPaths(ObjectNode paths) {
        Map.of("/health", "liveness: 200 while the process lives",
                        "/health/ready", "readiness: probes each open session (ready, degraded, not_ready)")
                .forEach((path, summary) -> {
                    ObjectNode get = paths.putObject(path).putObject("get");
                    get.putArray("tags").add("host");
                    get.put("summary", summary);
                    get.putArray("security");
                    get.putObject("responses").putObject("200").put("description", "status");
                });
    }

    private ObjectNode botTagParameter() {
        ObjectNode p = json.createObjectNode();
        p.put("name", "X-Bot-Tag").put("in", "header").put("required", true)
                .put("description", "name of the calling bot, 1-64 printable characters");
        p.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", 64);
        p.put("example", "my-bot");
        return p;
    }

    private ObjectNode errorEnvelopeSchema() {
        ObjectNode s = json.createObjectNode();
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ObjectNode error = props.putObject("error");
        error.put("type", "object");
        ObjectNode ep = error.putObject("properties");
        ep.putObject("type").put("type", "string");
        ep.putObject("code").put("type", "string");
        ep.putObject("message").put("type", "string");
        ep.putObject("retryable").put("type", "boolean");
        ep.putObject("suggested_fix").put("type", "string");
        ep.putObject("details").put("type", "object");
        props.putObject("request_id").put("type", "string");
        props.putObject("data_timestamp").put("type", "string").put("format", "date-time");
        s.putArray("required").add("error").add("request_id");
        return s;
    }
}
