package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.spi.Secret
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAgentDigest
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMsgpack
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidSigner
import spock.lang.Requires
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * An extra conformance check: the signer against the research's {@code shared/fixtures/hyperliquid/signing_kat.json}
 * read as it is, when that folder sits beside the repository (it is not part of a fresh clone, so this spec then
 * skips; {@link HyperliquidSignerSpec} states the same vectors as values and always runs).
 */
@Requires({ HyperliquidSharedKnownAnswersSpec.katFile() != null })
class HyperliquidSharedKnownAnswersSpec extends Specification {
    static final ObjectMapper JSON = new ObjectMapper()

    static Path katFile() {
        ['../shared', '../../shared', '../../../shared'].collect {
            Path.of(it, 'fixtures', 'hyperliquid', 'signing_kat.json')
        }.find { Files.isRegularFile(it) }
    }

    static JsonNode kat() {
        JSON.readTree(katFile().toFile())
    }

    static List<Map> cases() {
        katFile() == null ? [] : kat().get('l1_vectors').collectMany { JsonNode v ->
            ['mainnet', 'testnet'].collect { net -> [vector: v, net: net, name: v.get('name').asText() + ' ' + net] }
        }
    }

    static String hex(byte[] bytes) {
        bytes.encodeHex().toString()
    }

    def 'vector #c.name: every intermediate and the signature match the shared file'() {
        given:
        JsonNode v = c.vector
        JsonNode n = v.get(c.net)
        def signer = HyperliquidSigner.of(Secret.of(kat().get('private_key').asText()))
        def action = v.get('action')
        String vault = v.get('vault_address').isNull() ? null : v.get('vault_address').asText()
        Long expires = v.get('expires_after').isNull() ? null : v.get('expires_after').asLong()
        long nonce = v.get('nonce').asLong()
        byte[] connectionId = HyperliquidSigner.connectionId(action, nonce, vault, expires)
        def sig = signer.signL1(action, nonce, vault, expires, c.net == 'mainnet')

        expect:
        hex(HyperliquidMsgpack.pack(action)) == v.get('msgpack_hex').asText()
        hex(HyperliquidSigner.preimage(action, nonce, vault, expires)) == v.get('hash_preimage_hex').asText()
        '0x' + hex(connectionId) == v.get('connection_id').asText()
        '0x' + hex(HyperliquidAgentDigest.digest(n.get('source').asText(), connectionId)) ==
                n.get('eip712_digest').asText()
        sig.rHex() == n.get('expected_r').asText()
        sig.sHex() == n.get('expected_s').asText()
        sig.v() == n.get('expected_v').asInt()

        where:
        c << cases()
    }
}
