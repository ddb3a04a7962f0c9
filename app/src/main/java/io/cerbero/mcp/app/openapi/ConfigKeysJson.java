package io.cerbero.mcp.app.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.spi.ConfigKey;

/**
 * The config variables a plugin reads, as published on its {@code /openapi.json} tag ({@code x-config}) and in
 * {@code GET /mcp-<plugin>/tools} ({@code config}): variable name, description, secret, required and default.
 * Built from the declarations only, never from the environment, so no value (let alone a secret) can appear.
 */
public final class ConfigKeysJson {
    private ConfigKeysJson() {
    }

    public static ArrayNode of(RegisteredPlugin plugin, ObjectMapper json) {
        ArrayNode keys = json.createArrayNode();
        for (ConfigKey key : plugin.allConfigKeys()) {
            ObjectNode k = keys.addObject();
            k.put("variable", plugin.plugin().configPrefix() + key.name());
            k.put("description", key.description());
            k.put("secret", key.secret());
            k.put("required", key.required());
            if (key.defaultValue() != null) {
                k.put("default", key.defaultValue());
            }
        }
        return keys;
    }
}
