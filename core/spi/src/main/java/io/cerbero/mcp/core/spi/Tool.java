package io.cerbero.mcp.core.spi;

/**
 * One tool of a plugin: a typed handler of a Java record input. Usually one small class per tool, in the
 * plugin's {@code tools} package, named after the tool ({@code get_ticker} → {@code BybitGetTickerTool}).
 *
 * <p>The input's JSON schema is derived by the host from {@link #inputType()} (record components in snake case,
 * with their {@code @Schema} annotations), so the schema can never drift from the code. The host parses and
 * type-checks the request body before {@link #handle} runs; semantic checks belong in the record's compact
 * constructor (throw {@link ToolException#invalidInput}).
 *
 * <p>Threading: one instance serves all calls concurrently; keep it stateless.
 *
 * @param <S> the plugin's session type
 * @param <I> the input record
 */
public interface Tool<S extends PluginSession, I> {

    /** snake_case, unique in the plugin; the last segment of {@code /mcp-<plugin>/tools/<name>}. */
    String name();

    /** One or two sentences for Swagger UI and tool listings. */
    String description();

    /** The input record class. */
    Class<I> inputType();

    /**
     * The output record class: the type of {@link ToolResult#body()}. The host derives the response schema from it
     * as it does for inputs ({@code /openapi.json}, {@code GET /mcp-<plugin>/tools}); the plugin harness validates
     * every answer against it. A tool with a unified name ({@link io.cerbero.mcp.core.model.UnifiedTool}) must
     * declare the unified type. {@code null} (the default, for plugins built before this existed) documents the
     * answer as an open object, and the host logs the tool at startup.
     */
    default Class<?> outputType() {
        return null;
    }

    /** A valid input, shown as the example in {@code /openapi.json}; the TCK checks it deserialises. */
    I example();

    /**
     * {@link Effect#WRITE} for anything that changes venue state (it is then audited, runs on a worker thread and
     * must offer {@code dry_run}); {@link Effect#READ} otherwise. No default: every tool states it.
     */
    Effect effect();

    /**
     * How fresh this tool's answer must be, for the host's market-data cache: declare it on READ tools whose answer
     * many bots share (a ticker or book a few hundred milliseconds, instruments minutes). Empty (the default): never
     * cached. Account tools stay empty unless the plugin knows sharing is safe; the host never caches a WRITE tool,
     * whatever it declares. The operator can override the value per tool ({@code CACHE_TTL_<PLUGIN>_<TOOL>}).
     */
    default java.util.Optional<Freshness> freshness() {
        return java.util.Optional.empty();
    }

    /**
     * Runs the tool. Throws {@link ToolException} for every expected failure.
     *
     * @param session the session of the caller's environment, already open
     * @param input   the parsed input, never {@code null}
     * @param call    request metadata (request id, environment, bot tag)
     * @return the result, whose body becomes the JSON response object
     */
    ToolResult handle(S session, I input, ToolCall call);
}
