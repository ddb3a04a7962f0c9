package io.cerbero.mcp.core.model;

/**
 * The one closed set of order states every venue maps into. A conditional order waiting for its trigger is
 * {@link #open}; one whose trigger fired is {@link #triggered} until it rests or fills.
 */
public enum OrderStatus {
    open, partially_filled, filled, canceled, rejected, triggered
}
