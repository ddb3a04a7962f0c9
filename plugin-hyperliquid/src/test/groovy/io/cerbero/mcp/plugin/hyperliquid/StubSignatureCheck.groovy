package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import org.bouncycastle.asn1.x9.X9ECParameters
import org.bouncycastle.asn1.x9.X9IntegerConverter
import org.bouncycastle.crypto.digests.KeccakDigest
import org.bouncycastle.crypto.ec.CustomNamedCurves
import org.bouncycastle.math.ec.ECAlgorithms
import org.bouncycastle.math.ec.ECPoint
import org.msgpack.core.MessageBufferPacker
import org.msgpack.core.MessagePack

import java.nio.ByteBuffer

/**
 * What the venue does with a received {@code /exchange} body, written for the stub independently of the plugin's
 * signer: re-pack the action as msgpack, hash it with the nonce into the connection id, build the phantom agent's
 * EIP-712 digest with the stub's own network source, and recover the signing address from r, s, v.
 */
class StubSignatureCheck {
    static final X9ECParameters CURVE = CustomNamedCurves.getByName('secp256k1')
    static final ObjectMapper JSON = new ObjectMapper()

    static byte[] keccak(byte[]... parts) {
        def digest = new KeccakDigest(256)
        parts.each { digest.update(it, 0, it.length) }
        byte[] out = new byte[32]
        digest.doFinal(out, 0)
        out
    }

    static byte[] keccak(String text) {
        keccak(text.getBytes('UTF-8'))
    }

    static byte[] pack(JsonNode action) {
        MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()
        write(packer, action)
        packer.flush()
        packer.toByteArray()
    }

    private static void write(MessageBufferPacker p, JsonNode n) {
        if (n.isObject()) {
            p.packMapHeader(n.size())
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                def field = it.next()
                p.packString(field.key)
                write(p, field.value)
            }
        } else if (n.isArray()) {
            p.packArrayHeader(n.size())
            for (JsonNode item : n) {
                write(p, item)
            }
        } else if (n.isTextual()) {
            p.packString(n.textValue())
        } else if (n.isBoolean()) {
            p.packBoolean(n.booleanValue())
        } else if (n.isNull()) {
            p.packNil()
        } else if (n.isIntegralNumber()) {
            p.packLong(n.longValue())
        } else {
            throw new IllegalArgumentException("the venue would refuse a float in an action: $n")
        }
    }

    static byte[] uint256(long v) {
        ByteBuffer.allocate(32).putLong(24, v).array()
    }

    /** The digest the venue verifies for this body on a network whose phantom-agent source is {@code source}. */
    static byte[] digest(String body, String source) {
        JsonNode root = JSON.readTree(body)
        def preimage = new ByteArrayOutputStream()
        preimage.write(pack(root.get('action')))
        preimage.write(ByteBuffer.allocate(8).putLong(root.get('nonce').asLong()).array())
        preimage.write(0) // no vault address
        byte[] connectionId = keccak(preimage.toByteArray())
        byte[] domain = keccak(keccak('EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)'),
                keccak('Exchange'), keccak('1'), uint256(1337), new byte[32])
        byte[] agent = keccak(keccak('Agent(string source,bytes32 connectionId)'), keccak(source), connectionId)
        keccak([0x19, 0x01] as byte[], domain, agent)
    }

    /** The address that signed {@code body} on the network of {@code source}, or null. */
    static String signer(String body, String source) {
        JsonNode sig = JSON.readTree(body).get('signature')
        if (sig == null) {
            return null
        }
        recover(digest(body, source), new BigInteger(sig.get('r').asText().substring(2), 16),
                new BigInteger(sig.get('s').asText().substring(2), 16), sig.get('v').asInt() - 27)
    }

    static String recover(byte[] digest, BigInteger r, BigInteger s, int recId) {
        BigInteger n = CURVE.n
        def converter = new X9IntegerConverter()
        byte[] compressed = converter.integerToBytes(r, 1 + converter.getByteLength(CURVE.curve))
        compressed[0] = (byte) ((recId & 1) == 1 ? 0x03 : 0x02)
        ECPoint big = CURVE.curve.decodePoint(compressed)
        BigInteger e = new BigInteger(1, digest)
        BigInteger rInv = r.modInverse(n)
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(CURVE.g, rInv.multiply(n.subtract(e.mod(n))).mod(n), big,
                rInv.multiply(s).mod(n)).normalize()
        address(q)
    }

    static String address(BigInteger privateKey) {
        address(CURVE.g.multiply(privateKey).normalize())
    }

    static String address(ECPoint point) {
        byte[] encoded = point.getEncoded(false)
        byte[] hash = keccak(encoded[1..-1] as byte[])
        '0x' + (hash[12..31] as byte[]).encodeHex().toString()
    }
}
