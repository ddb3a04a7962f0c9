package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.spi.ConfigKey
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.spi.PluginContext
import io.cerbero.mcp.core.spi.PluginSession
import io.cerbero.mcp.core.spi.Spi
import io.cerbero.mcp.core.spi.RiskLimits
import io.cerbero.mcp.core.spi.Tool
import io.cerbero.mcp.core.spi.ToolCall
import io.cerbero.mcp.core.spi.ToolResult
import io.cerbero.mcp.core.spi.Upstream

import java.util.concurrent.atomic.AtomicInteger
import java.util.function.Function

/** Small configurable plugins, tools, sessions and inputs for the registry specs. */
class TinyPlugin implements ExchangePlugin<PluginSession> {
    String pluginName
    int spi = Spi.VERSION
    List<Tool<PluginSession, ?>> toolList = []
    List<ConfigKey> keys = []
    List<Upstream> upstreamList = []
    RiskLimits limits = null
    Function<PluginContext, PluginSession> opener = { PluginContext c -> new TinySession(c) } as Function

    @Override String name() { pluginName }
    @Override String description() { "tiny plugin ${pluginName}" }
    @Override int spiVersion() { spi }
    @Override List<ConfigKey> configKeys() { keys }
    @Override List<Upstream> upstreams() { upstreamList }
    @Override Optional<RiskLimits> riskLimits() { Optional.ofNullable(limits) }
    @Override List<Tool<PluginSession, ?>> tools() { toolList }
    @Override PluginSession openSession(PluginContext context) { opener.apply(context) }

    @Override String toString() { "TinyPlugin[${pluginName}]" }

    /** A valid plugin with one READ tool. */
    static TinyPlugin named(String name) {
        new TinyPlugin(pluginName: name, toolList: [TinyTool.read('get_ticker')])
    }

    /** The plugin as the registry holds it. */
    static RegisteredPlugin registered(ExchangePlugin plugin, ClassLoader loader = TinyPlugin.classLoader) {
        PluginRegistry.of([new DiscoveredPlugin(plugin, 'spec', loader)]).plugin(plugin.name()).orElseThrow()
    }
}

class TinyTool implements Tool<PluginSession, Object> {
    String toolName
    Class inputClass = SymbolInput
    Effect toolEffect = Effect.READ

    static TinyTool read(String name, Class input = SymbolInput) {
        new TinyTool(toolName: name, inputClass: input)
    }

    static TinyTool write(String name, Class input) {
        new TinyTool(toolName: name, inputClass: input, toolEffect: Effect.WRITE)
    }

    @Override String name() { toolName }
    @Override String description() { "tiny tool ${toolName}" }
    @Override Class<Object> inputType() { inputClass }
    @Override Object example() { null }
    @Override Effect effect() { toolEffect }
    @Override ToolResult handle(PluginSession session, Object input, ToolCall call) { ToolResult.of([ok: true]) }
}

/** A session that remembers its context and counts how often it was closed. */
class TinySession implements PluginSession {
    final PluginContext context
    final AtomicInteger closes = new AtomicInteger()

    TinySession(PluginContext context = null) {
        this.context = context
    }

    @Override void close() { closes.incrementAndGet() }
}

record SymbolInput(String symbol) {}

record OrderWithDryRun(String symbol, boolean dryRun) {}

record OrderWithBoxedDryRun(String symbol, Boolean dryRun) {}

record OrderWithoutDryRun(String symbol) {}

record OrderWithTextDryRun(String symbol, String dryRun) {}

/** Not a record: a plain class cannot be an input. */
class PlainInput {
    String symbol
}
