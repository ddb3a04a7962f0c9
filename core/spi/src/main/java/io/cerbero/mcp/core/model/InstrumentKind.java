package io.cerbero.mcp.core.model;

/** What an instrument is. */
public enum InstrumentKind {
    spot, perpetual, future, option
}
