package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The L1 actions the plugin sends, each built in the venue's key order (part of the signature). */
public final class HyperliquidActions {
    /** Orders on their own. */
    public static final String GROUPING_NONE = "na";
    /** TP/SL orders attached to the whole position. */
    public static final String GROUPING_POSITION_TPSL = "positionTpsl";

    private HyperliquidActions() {
    }

    /** {@code {"type":"order","orders":[…],"grouping":…}}. */
    public static ObjectNode order(List<HyperliquidOrderWire> orders, String grouping) {
        ObjectNode action = node("order");
        ArrayNode list = action.putArray("orders");
        orders.forEach(o -> list.add(o.toNode()));
        action.put("grouping", grouping);
        return action;
    }

    /** {@code {"type":"cancel","cancels":[{"a":asset,"o":oid}]}}. */
    public static ObjectNode cancel(int asset, long oid) {
        ObjectNode action = node("cancel");
        action.putArray("cancels").addObject().put("a", asset).put("o", oid);
        return action;
    }

    /** {@code {"type":"cancelByCloid","cancels":[{"asset":asset,"cloid":"0x…"}]}}. */
    public static ObjectNode cancelByCloid(int asset, String cloid) {
        ObjectNode action = node("cancelByCloid");
        action.putArray("cancels").addObject().put("asset", asset).put("cloid", cloid);
        return action;
    }

    /** {@code {"type":"updateLeverage","asset":a,"isCross":bool,"leverage":int}}. */
    public static ObjectNode updateLeverage(int asset, boolean cross, int leverage) {
        return node("updateLeverage").put("asset", asset).put("isCross", cross).put("leverage", leverage);
    }

    private static ObjectNode node(String type) {
        return JsonNodeFactory.instance.objectNode().put("type", type);
    }
}
