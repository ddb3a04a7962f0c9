package io.cerbero.mcp.core.model;

/** Direction of a position. */
public enum PositionSide {
    long_, short_;

    @com.fasterxml.jackson.annotation.JsonValue
    public String json() {
        return this == long_ ? "long" : "short";
    }
}
