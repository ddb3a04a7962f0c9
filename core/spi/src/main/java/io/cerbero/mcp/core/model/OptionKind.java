package io.cerbero.mcp.core.model;

/** Call or put. */
public enum OptionKind {
    call, put
}
