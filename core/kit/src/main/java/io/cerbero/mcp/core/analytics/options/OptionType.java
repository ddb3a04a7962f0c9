package io.cerbero.mcp.core.analytics.options;

/** European option right. */
public enum OptionType {
    CALL, PUT
}
