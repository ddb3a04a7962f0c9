package io.cerbero.mcp.testplugin;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;

/** {@code explode}: a bug in a plugin, whose message holds the secret; the host must not echo it. */
final class EchoExplodeTool implements Tool<EchoSession, EchoExplodeTool.Input> {

    record Input() {
    }

    @Override
    public String name() {
        return "explode";
    }

    @Override
    public String description() {
        return "Always fails with an unexpected exception (host error-handling tests).";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Input.class; // never answers
    }

    @Override
    public Input example() {
        return new Input();
    }

    @Override
    public ToolResult handle(EchoSession session, Input input, ToolCall call) {
        throw new IllegalStateException("kaboom, key was " + session.apiKeyForTestOnly());
    }
}
