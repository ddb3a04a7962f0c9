package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * MessagePack of an action exactly as the venue hashes it (python {@code msgpack.packb}): maps in insertion order,
 * strings as str (str8 for 32-255 bytes), integers in the smallest format (non-negative ones unsigned), booleans,
 * nil. Decimal values are strings in the action, so a floating-point or decimal node here is a bug and refused.
 * msgpack-core's packer does the encoding; this class only walks the JSON tree.
 */
public final class HyperliquidMsgpack {
    private static final MessagePack.PackerConfig CONFIG = new MessagePack.PackerConfig().withStr8FormatSupport(true);

    private HyperliquidMsgpack() {
    }

    /** The msgpack bytes of {@code node}. */
    public static byte[] pack(JsonNode node) {
        try (MessageBufferPacker packer = CONFIG.newBufferPacker()) {
            write(packer, node);
            packer.flush();
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(MessageBufferPacker packer, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                packer.packMapHeader(node.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    packer.packString(field.getKey());
                    write(packer, field.getValue());
                }
            }
            case ARRAY -> {
                packer.packArrayHeader(node.size());
                for (JsonNode item : node) {
                    write(packer, item);
                }
            }
            case STRING -> packer.packString(node.textValue());
            case BOOLEAN -> packer.packBoolean(node.booleanValue());
            case NULL -> packer.packNil();
            case NUMBER -> {
                if (!node.isIntegralNumber()) {
                    throw new IllegalArgumentException("a decimal must travel as a string in a Hyperliquid action: "
                            + node);
                }
                if (node.canConvertToLong()) {
                    packer.packLong(node.longValue());
                } else {
                    packer.packBigInteger(node.bigIntegerValue());
                }
            }
            default -> throw new IllegalArgumentException("cannot pack a " + node.getNodeType() + " node");
        }
    }
}
