package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.util.Objects;

/**
 * Turns an action into the exact signed {@code /exchange} request of one session: a fresh nonce, the signature with
 * the session's network as the phantom agent's source (mainnet {@code a}, testnet {@code b}), the body. Nothing is
 * sent here, so a dry run shows exactly this request.
 */
public final class HyperliquidActionSigner {
    private final HyperliquidClient client;
    private final HyperliquidSigner signer;
    private final HyperliquidNonces nonces;
    private final boolean mainnet;

    public HyperliquidActionSigner(HyperliquidClient client, HyperliquidSigner signer, HyperliquidNonces nonces,
                                   boolean mainnet) {
        this.client = Objects.requireNonNull(client, "client");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.mainnet = mainnet;
    }

    /** Signs {@code action} with the next nonce; returns the request to send. */
    public UpstreamRequest prepare(ObjectNode action) {
        long nonce = nonces.next();
        HyperliquidSignature signature = signer.signL1(action, nonce, null, null, mainnet);
        return client.exchangeRequest(action, nonce, signature);
    }

    /** The API wallet that signs. */
    public String signerAddress() {
        return signer.address();
    }

    @Override
    public String toString() {
        return "HyperliquidActionSigner[" + signer.address() + ", " + (mainnet ? "mainnet" : "testnet") + "]";
    }
}
