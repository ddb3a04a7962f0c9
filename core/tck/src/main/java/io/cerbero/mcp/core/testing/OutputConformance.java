package io.cerbero.mcp.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.cerbero.mcp.core.spi.Tool;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a tool's answer against the JSON Schema derived from its declared output type, with a real validator
 * (draft 2020-12), so every plugin spec that calls a tool through {@link PluginHarness} is also a conformance
 * test of the tool's typed output. A tool that declares no output type is not checked.
 */
public final class OutputConformance {
    private final ToolSchemas schemas;
    private final SchemaRegistry validators = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<Class<?>, Schema> compiled = new ConcurrentHashMap<>();

    public OutputConformance(ObjectMapper json) {
        this.schemas = new ToolSchemas(json);
    }

    /** The violations of {@code answer} against the tool's output schema; empty when it conforms or is untyped. */
    public List<String> violations(Tool<?, ?> tool, JsonNode answer) {
        if (tool.outputType() == null) {
            return List.of();
        }
        Schema schema = compiled.computeIfAbsent(tool.outputType(), type -> validators.getSchema(
                schemas.outputJsonSchema(type).toString(), InputFormat.JSON));
        return schema.validate(answer).stream().map(error -> error.toString()).toList();
    }

    /**
     * @throws AssertionError naming the tool and every violation when the answer does not conform
     */
    public void require(String plugin, Tool<?, ?> tool, JsonNode answer) {
        List<String> errors = violations(tool, answer);
        if (!errors.isEmpty()) {
            throw new AssertionError(plugin + "/" + tool.name() + " answered outside its declared output type "
                    + tool.outputType().getSimpleName() + ": " + errors + "\nanswer: " + answer);
        }
    }
}
