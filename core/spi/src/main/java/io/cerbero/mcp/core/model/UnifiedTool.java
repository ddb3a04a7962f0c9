package io.cerbero.mcp.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The unified tools: a plugin that offers one of these names must accept the listed input properties (snake_case,
 * the design's uniform names; it may take more) and declare the listed output type, so a bot switches venue by
 * changing the path alone. The plugin TCK checks every plugin against this table from the declared types.
 */
public enum UnifiedTool {
    GET_TICKER("get_ticker", Ticker.class, "symbol"),
    GET_ORDERBOOK("get_orderbook", OrderBook.class, "symbol"),
    GET_OHLCV("get_ohlcv", Ohlcv.class, "symbol", "interval", "limit"),
    GET_INSTRUMENTS("get_instruments", Instruments.class),
    GET_FUNDING_RATE("get_funding_rate", FundingRates.class, "symbol"),
    GET_POSITIONS("get_positions", Positions.class),
    GET_OPEN_ORDERS("get_open_orders", OpenOrders.class),
    GET_ACCOUNT_SUMMARY("get_account_summary", AccountSummary.class),
    PLACE_ORDER("place_order", OrderAck.class, "symbol", "side", "qty", "type", "price", "reduce_only",
            "client_order_id", "dry_run"),
    CANCEL_ORDER("cancel_order", OrderAck.class, "order_id", "dry_run"),
    GET_TECHNICAL_INDICATORS("get_technical_indicators", TechnicalIndicators.class, "symbol", "interval");

    private final String toolName;
    private final Class<?> outputType;
    private final List<String> inputProperties;

    UnifiedTool(String toolName, Class<?> outputType, String... inputProperties) {
        this.toolName = toolName;
        this.outputType = outputType;
        this.inputProperties = List.of(inputProperties);
    }

    /** The tool name, e.g. {@code get_ticker}. */
    public String toolName() {
        return toolName;
    }

    /** The output type a tool of this name must declare. */
    public Class<?> outputType() {
        return outputType;
    }

    /** The JSON properties its input must have (snake_case). */
    public List<String> inputProperties() {
        return inputProperties;
    }

    /** The unified tool of that name, if it is one. */
    public static Optional<UnifiedTool> byName(String toolName) {
        return Arrays.stream(values()).filter(t -> t.toolName.equals(toolName)).findFirst();
    }
}
