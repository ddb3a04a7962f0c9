package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order of an {@code order} action, written in the venue's key order {@code a, b, p, s, r, t, c} (the msgpack
 * map order is part of the signature). Prices and sizes go through {@link HyperliquidWire#decimal}.
 *
 * @param asset      perp asset index (position in {@code meta.universe})
 * @param buy        {@code b}
 * @param price      {@code p}: the limit price; for a trigger order the limit (or slippage bound when market)
 * @param size       {@code s}, in coin
 * @param reduceOnly {@code r}
 * @param type       {@code t}
 * @param cloid      {@code c}: 0x + 32 hex digits, or null
 */
public record HyperliquidOrderWire(int asset, boolean buy, BigDecimal price, BigDecimal size, boolean reduceOnly,
                                   Type type, String cloid) {
    public HyperliquidOrderWire {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(type, "type");
    }

    /** {@code t}: a resting limit with its time in force, or a trigger (stop-loss / take-profit). */
    public sealed interface Type permits Limit, Trigger {
        ObjectNode toNode();
    }

    /** {@code {"limit": {"tif": "Gtc" | "Ioc" | "Alo"}}}; Alo is post-only. */
    public record Limit(String tif) implements Type {
        @Override
        public ObjectNode toNode() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.putObject("limit").put("tif", tif);
            return node;
        }
    }

    /** {@code {"trigger": {"isMarket", "triggerPx", "tpsl": "tp" | "sl"}}}. */
    public record Trigger(boolean market, BigDecimal triggerPrice, String tpsl) implements Type {
        @Override
        public ObjectNode toNode() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.putObject("trigger").put("isMarket", market).put("triggerPx", HyperliquidWire.decimal(triggerPrice))
                    .put("tpsl", tpsl);
            return node;
        }
    }

    public ObjectNode toNode() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("a", asset);
        node.put("b", buy);
        node.put("p", HyperliquidWire.decimal(price));
        node.put("s", HyperliquidWire.decimal(size));
        node.put("r", reduceOnly);
        node.set("t", type.toNode());
        if (cloid != null) {
            node.put("c", cloid);
        }
        return node;
    }
}
