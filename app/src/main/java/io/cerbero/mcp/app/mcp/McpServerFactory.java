package io.cerbero.mcp.app.mcp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.cerbero.mcp.app.config.McpToolsets;
import io.cerbero.mcp.app.web.ErrorResponses;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.invoke.ToolInvoker;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessAsyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** Builds the MCP server behind {@code POST /mcp} from the SDK's stateless server and the registry's tools. */
@Factory
public class McpServerFactory {
    static final String SERVER_NAME = "cerbero-mcp";

    /** Read at startup by the launcher (which prints a bad value and exits); this is for tests and embedders. */
    @Singleton
    @Requires(missingBeans = McpToolsets.class)
    McpToolsets mcpToolsets(ConfigSource config, PluginRegistry registry) {
        return McpToolsets.parse(config.get(McpToolsets.VARIABLE)).requireLoaded(registry);
    }

    /**
     * The mapper of the MCP wire format: decimals read as BigDecimal and written back as plain digits (tool
     * arguments never pass through double), duplicate keys refused, unknown protocol fields tolerated.
     */
    @Singleton
    @Named("mcp")
    ObjectMapper mcpWireJson() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(JsonMappers.MAX_NESTING_DEPTH + 8)
                .maxNumberLength(64)
                .build());
        return mapper;
    }

    @Singleton
    MicronautMcpTransport mcpTransport() {
        return new MicronautMcpTransport();
    }

    @Singleton
    McpToolCatalog mcpToolCatalog(PluginRegistry registry, ToolSchemas schemas, @Named("gateway") ObjectMapper json,
                                  McpToolsets toolsets) {
        return new McpToolCatalog(registry, schemas, json, toolsets);
    }

    /** Built at startup, so a tool the SDK refuses (a bad schema) stops the boot rather than the first call. */
    @Context
    @Bean(preDestroy = "close")
    McpStatelessAsyncServer mcpServer(MicronautMcpTransport transport, McpToolCatalog catalog, ToolInvoker invoker,
                                      ErrorResponses errors, @Named("gateway") ObjectMapper gatewayJson,
                                      @Named("mcp") ObjectMapper wireJson, Clock clock) {
        McpToolCaller caller = new McpToolCaller(invoker, errors, gatewayJson, wireJson, clock);
        return McpServer.async(transport)
                .serverInfo(SERVER_NAME, McpServerFactory.class.getPackage().getImplementationVersion() == null
                        ? "dev" : McpServerFactory.class.getPackage().getImplementationVersion())
                .instructions("Trading gateway: each tool is <plugin>_<tool>. The bearer token decides testnet or"
                        + " mainnet. WRITE tools take dry_run: true to show the venue request without sending it.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(new JacksonMcpJsonMapper(wireJson))
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(wireJson))
                // the invoker parses arguments strictly against the input record, with the REST error envelope
                .validateToolInputs(false)
                .requestTimeout(Duration.ofMinutes(2))
                .tools(catalog.entries().stream().map(caller::specification).toList())
                .build();
    }
}
