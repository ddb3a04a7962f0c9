package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.spi.Secret
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAgentDigest
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMsgpack
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidSignature
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidSigner
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidWire
import io.cerbero.mcp.plugin.hyperliquid.client.Secp256k1
import spock.lang.Specification


/**
 * L1 action signing reproduces every known-answer vector step by step: msgpack bytes, hash preimage, connection id,
 * EIP-712 digest of the phantom agent, and the recoverable signature.
 */
class HyperliquidSignerSpec extends Specification {
    static final ObjectMapper JSON = new ObjectMapper()

    HyperliquidSigner signer = HyperliquidSigner.of(Secret.of(HyperliquidKnownAnswers.PRIVATE_KEY))

    static String hex(byte[] bytes) {
        bytes.encodeHex().toString()
    }

    def 'the key derives the known address'() {
        expect:
        signer.address() == HyperliquidKnownAnswers.ADDRESS.toLowerCase()
    }

    def 'msgpack of #v.name keeps the venue key order and integer formats'() {
        expect:
        hex(HyperliquidMsgpack.pack(JSON.readTree(v.action))) == v.msgpack

        where:
        v << HyperliquidKnownAnswers.L1
    }

    def 'the hash preimage and connection id of #v.name match'() {
        given:
        def action = JSON.readTree(v.action)

        expect:
        hex(HyperliquidSigner.preimage(action, v.nonce, v.vault, null)) == v.preimage
        '0x' + hex(HyperliquidSigner.connectionId(action, v.nonce, v.vault, null)) == v.connectionId

        where:
        v << HyperliquidKnownAnswers.L1
    }

    def 'the phantom agent of #v.name has source #v.source and the known EIP-712 digest'() {
        expect:
        HyperliquidAgentDigest.source(v.mainnet) == v.source
        '0x' + hex(HyperliquidAgentDigest.digest(v.source, (v.connectionId as String).substring(2).decodeHex())) ==
                v.digest

        where:
        v << HyperliquidKnownAnswers.L1
    }

    def 'the signature of #v.name is the SDK\'s r, s and v'() {
        when:
        HyperliquidSignature sig = signer.signL1(JSON.readTree(v.action), v.nonce, v.vault, null, v.mainnet)

        then:
        sig.rHex() == v.r
        sig.sHex() == v.s
        sig.v() == v.v
        String.format('0x%064x', sig.r()) == v.rPadded
        String.format('0x%064x', sig.s()) == v.sPadded

        and: 'the signature recovers the signing address'
        Secp256k1.recoverAddress((v.digest as String).substring(2).decodeHex(), sig) == signer.address()

        where:
        v << HyperliquidKnownAnswers.L1
    }

    def 'the test stub\'s own signer recovery agrees with #v.name (so the stub can be trusted)'() {
        given:
        def sig = signer.signL1(JSON.readTree(v.action), v.nonce, null, null, v.mainnet)
        String body = '{"action":' + v.action + ',"nonce":' + v.nonce + ',"signature":{"r":"' + sig.rHex() +
                '","s":"' + sig.sHex() + '","v":' + sig.v() + '}}'

        expect:
        '0x' + hex(StubSignatureCheck.digest(body, v.source)) == v.digest
        StubSignatureCheck.signer(body, v.source) == HyperliquidKnownAnswers.ADDRESS.toLowerCase()
        StubSignatureCheck.signer(body, v.mainnet ? 'b' : 'a') != HyperliquidKnownAnswers.ADDRESS.toLowerCase()

        where:
        v << HyperliquidKnownAnswers.L1.findAll { it.vault == null }
    }

    def 'the production order hashes to the venue\'s connection id'() {
        given:
        def p = HyperliquidKnownAnswers.PRODUCTION
        def action = JSON.readTree(p.action)

        expect:
        hex(HyperliquidMsgpack.pack(action)) == p.msgpack
        hex(HyperliquidSigner.preimage(action, p.nonce, null, null)) == p.preimage
        '0x' + hex(HyperliquidSigner.connectionId(action, p.nonce, null, null)) == p.connectionId
    }

    def 'expiresAfter is appended after a 0x00 marker'() {
        given:
        def action = JSON.readTree('{"type":"scheduleCancel"}')

        expect:
        hex(HyperliquidSigner.preimage(action, 1L, null, 0x0102L)).endsWith('0000000000000001' + '00' + '00' +
                '0000000000000102')
    }

    def 'a decimal number in an action is refused: decimals travel as strings'() {
        when:
        HyperliquidMsgpack.pack(JSON.readTree('{"p":1.5}'))

        then:
        thrown(IllegalArgumentException)
    }

    def 'numbers go on the wire like the venue\'s float_to_wire: #value -> #wire'() {
        expect:
        HyperliquidWire.decimal(new BigDecimal(value)) == wire

        where:
        value        | wire
        '100'        | '100'
        '100.000'    | '100'
        '0.0147'     | '0.0147'
        '1670.1'     | '1670.1'
        '1E-8'       | '0.00000001'
        '1E+5'       | '100000'
        '0'          | '0'
        '-0.00'      | '0'
        '-12.5'      | '-12.5'
    }

    def 'a value with more than 8 decimals is refused rather than silently rounded'() {
        when:
        HyperliquidWire.decimal(new BigDecimal('0.000000001'))

        then:
        thrown(IllegalArgumentException)
    }

    def 'float_to_int_for_hashing: #value -> #expected'() {
        expect:
        HyperliquidWire.intForHashing(new BigDecimal(value)) == new BigInteger(expected)

        where:
        value          | expected
        '123123123123' | '12312312312300000000'
        '0.00001231'   | '1231'
        '1.033'        | '103300000'
    }

    def 'float_to_int_for_hashing refuses what would need rounding'() {
        when:
        HyperliquidWire.intForHashing(new BigDecimal('0.000012312312'))

        then:
        thrown(IllegalArgumentException)
    }

    def 'a malformed key is refused without echoing it'() {
        when:
        HyperliquidSigner.of(Secret.of('0xnot-a-key-1234'))

        then:
        def e = thrown(IllegalArgumentException)
        !e.message.contains('not-a-key')
    }

    def 'the signer shows only its address'() {
        expect:
        signer.toString() == 'HyperliquidSigner[' + HyperliquidKnownAnswers.ADDRESS.toLowerCase() + ']'
        !signer.toString().contains('0123456789012345678901234567890123456789012345678901234567890123')
    }
}
