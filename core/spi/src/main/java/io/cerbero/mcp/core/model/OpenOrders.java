package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The unified answer of {@code get_open_orders}: resting orders, newest first. */
public record OpenOrders(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Order> orders) {
}
