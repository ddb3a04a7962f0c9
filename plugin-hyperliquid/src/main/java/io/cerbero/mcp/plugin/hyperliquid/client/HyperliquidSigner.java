package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.Secret;
import org.bouncycastle.util.encoders.Hex;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.regex.Pattern;

/**
 * Signs L1 actions the way Hyperliquid verifies them:
 * <ol>
 *   <li>{@code preimage = msgpack(action) ‖ nonce (8 bytes big-endian) ‖ (0x00 | 0x01 ‖ vault address 20 bytes)
 *       ‖ [0x00 ‖ expiresAfter (8 bytes)]};</li>
 *   <li>{@code connectionId = keccak256(preimage)};</li>
 *   <li>the EIP-712 digest of the phantom agent {@code {source: "a" mainnet | "b" testnet, connectionId}}
 *       ({@link HyperliquidAgentDigest});</li>
 *   <li>a recoverable secp256k1 signature of that digest with the API wallet's key ({@link Secp256k1}).</li>
 * </ol>
 * Holds the key; {@link #toString()} shows only the address. Immutable and thread-safe.
 */
public final class HyperliquidSigner {
    private static final Pattern KEY = Pattern.compile("(0x)?[0-9a-fA-F]{64}");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private final BigInteger privateKey;
    private final String address;

    private HyperliquidSigner(BigInteger privateKey) {
        this.privateKey = privateKey;
        this.address = Secp256k1.address(privateKey);
    }

    /**
     * A signer from a hex private key ({@code 0x} optional, 64 hex digits).
     *
     * @throws IllegalArgumentException when the key is malformed (the message never contains it)
     */
    public static HyperliquidSigner of(Secret key) {
        String hex = key.reveal().trim();
        if (!KEY.matcher(hex).matches()) {
            throw new IllegalArgumentException("the private key must be 64 hex digits, optionally after 0x");
        }
        BigInteger value = new BigInteger(hex.startsWith("0x") ? hex.substring(2) : hex, 16);
        if (!Secp256k1.isValidPrivateKey(value)) {
            throw new IllegalArgumentException("the private key is outside the secp256k1 range");
        }
        return new HyperliquidSigner(value);
    }

    /** The signing wallet's address, lower-case hex. */
    public String address() {
        return address;
    }

    /** Signs an L1 action for mainnet ({@code source "a"}) or testnet ({@code "b"}). */
    public HyperliquidSignature signL1(JsonNode action, long nonce, String vaultAddress, Long expiresAfter,
                                       boolean mainnet) {
        byte[] connectionId = connectionId(action, nonce, vaultAddress, expiresAfter);
        return Secp256k1.sign(HyperliquidAgentDigest.digest(HyperliquidAgentDigest.source(mainnet), connectionId),
                privateKey);
    }

    /** {@code keccak256(preimage)}: the phantom agent's connection id. */
    public static byte[] connectionId(JsonNode action, long nonce, String vaultAddress, Long expiresAfter) {
        return Keccak.hash(preimage(action, nonce, vaultAddress, expiresAfter));
    }

    /** The bytes whose hash is the connection id. */
    public static byte[] preimage(JsonNode action, long nonce, String vaultAddress, Long expiresAfter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HyperliquidMsgpack.pack(action));
        out.writeBytes(ByteBuffer.allocate(8).putLong(nonce).array());
        if (vaultAddress == null) {
            out.write(0);
        } else {
            if (!ADDRESS.matcher(vaultAddress).matches()) {
                throw new IllegalArgumentException("vault address must be 0x and 40 hex digits");
            }
            out.write(1);
            out.writeBytes(Hex.decode(vaultAddress.substring(2)));
        }
        if (expiresAfter != null) {
            out.write(0);
            out.writeBytes(ByteBuffer.allocate(8).putLong(expiresAfter).array());
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "HyperliquidSigner[" + address + "]";
    }
}
