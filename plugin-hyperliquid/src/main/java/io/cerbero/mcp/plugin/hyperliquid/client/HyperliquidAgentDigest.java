package io.cerbero.mcp.plugin.hyperliquid.client;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The EIP-712 digest of Hyperliquid's phantom agent {@code Agent(string source,bytes32 connectionId)} in the domain
 * {@code {name: "Exchange", version: "1", chainId: 1337, verifyingContract: 0x0}}: what an L1 action's signature
 * signs. {@code source} is {@code "a"} on mainnet and {@code "b"} on testnet, so a testnet signature is worthless on
 * mainnet and the other way round.
 */
public final class HyperliquidAgentDigest {
    public static final String MAINNET_SOURCE = "a";
    public static final String TESTNET_SOURCE = "b";
    static final long CHAIN_ID = 1337;

    private static final byte[] DOMAIN_TYPE_HASH = keccak(
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    private static final byte[] AGENT_TYPE_HASH = keccak("Agent(string source,bytes32 connectionId)");
    /** keccak256(typeHash ‖ keccak("Exchange") ‖ keccak("1") ‖ uint256(1337) ‖ address(0)). */
    private static final byte[] DOMAIN_SEPARATOR = Keccak.hash(DOMAIN_TYPE_HASH, keccak("Exchange"), keccak("1"),
            uint256(BigInteger.valueOf(CHAIN_ID)), new byte[32]);

    private HyperliquidAgentDigest() {
    }

    /** {@code keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(Agent{source, connectionId}))}. */
    public static byte[] digest(String source, byte[] connectionId) {
        if (connectionId.length != 32) {
            throw new IllegalArgumentException("connectionId must be 32 bytes");
        }
        byte[] agent = Keccak.hash(AGENT_TYPE_HASH, keccak(source), connectionId);
        return Keccak.hash(new byte[]{0x19, 0x01}, DOMAIN_SEPARATOR, agent);
    }

    /** The phantom agent's source for an environment. */
    public static String source(boolean mainnet) {
        return mainnet ? MAINNET_SOURCE : TESTNET_SOURCE;
    }

    static byte[] uint256(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static byte[] keccak(String text) {
        return Keccak.hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
