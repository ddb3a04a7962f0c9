package io.cerbero.mcp.plugin.hyperliquid.client;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9IntegerConverter;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.encoders.Hex;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Ethereum-style secp256k1 on Bouncy Castle: deterministic ECDSA (RFC 6979 nonces, as eth_account), low-s
 * normalised, with the recovery id found by recovering the public key; and address recovery from a signature.
 */
public final class Secp256k1 {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(),
            CURVE.getH());
    private static final BigInteger HALF_N = CURVE.getN().shiftRight(1);

    private Secp256k1() {
    }

    /** Whether {@code key} is a valid private key: 1 ≤ key &lt; n. */
    public static boolean isValidPrivateKey(BigInteger key) {
        return key.signum() > 0 && key.compareTo(CURVE.getN()) < 0;
    }

    /** Signs a 32-byte digest; v = 27 + recovery id. */
    public static HyperliquidSignature sign(byte[] digest, BigInteger privateKey) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(privateKey, DOMAIN));
        BigInteger[] rs = signer.generateSignature(digest);
        BigInteger r = rs[0];
        BigInteger s = rs[1].compareTo(HALF_N) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
        ECPoint expected = publicPoint(privateKey);
        for (int recId = 0; recId < 2; recId++) {
            ECPoint recovered = recoverPoint(recId, r, s, digest);
            if (recovered != null && recovered.equals(expected)) {
                return new HyperliquidSignature(r, s, 27 + recId);
            }
        }
        throw new IllegalStateException("could not find the recovery id of a signature");
    }

    /** The address (lower-case {@code 0x…} hex) of a private key. */
    public static String address(BigInteger privateKey) {
        return address(publicPoint(privateKey));
    }

    /** The address that signed {@code digest}, or null when the signature recovers no key. */
    public static String recoverAddress(byte[] digest, HyperliquidSignature signature) {
        ECPoint point = recoverPoint(signature.v() - 27, signature.r(), signature.s(), digest);
        return point == null ? null : address(point);
    }

    private static ECPoint publicPoint(BigInteger privateKey) {
        return new FixedPointCombMultiplier().multiply(DOMAIN.getG(), privateKey).normalize();
    }

    private static String address(ECPoint point) {
        byte[] encoded = point.getEncoded(false);
        byte[] hash = Keccak.hash(Arrays.copyOfRange(encoded, 1, encoded.length));
        return "0x" + Hex.toHexString(Arrays.copyOfRange(hash, 12, 32));
    }

    /** SEC 1 v2 §4.1.6 public key recovery. */
    private static ECPoint recoverPoint(int recId, BigInteger r, BigInteger s, byte[] digest) {
        BigInteger n = DOMAIN.getN();
        BigInteger x = r.add(BigInteger.valueOf(recId / 2L).multiply(n));
        if (x.compareTo(CURVE.getCurve().getField().getCharacteristic()) >= 0) {
            return null;
        }
        X9IntegerConverter converter = new X9IntegerConverter();
        byte[] compressed = converter.integerToBytes(x, 1 + converter.getByteLength(DOMAIN.getCurve()));
        compressed[0] = (byte) ((recId & 1) == 1 ? 0x03 : 0x02);
        ECPoint rPoint = DOMAIN.getCurve().decodePoint(compressed);
        if (!rPoint.multiply(n).isInfinity()) {
            return null;
        }
        BigInteger e = new BigInteger(1, digest);
        BigInteger rInv = r.modInverse(n);
        BigInteger eInvRInv = rInv.multiply(BigInteger.ZERO.subtract(e).mod(n)).mod(n);
        BigInteger sRInv = rInv.multiply(s).mod(n);
        return ECAlgorithms.sumOfTwoMultiplies(DOMAIN.getG(), eInvRInv, rPoint, sRInv).normalize();
    }
}
