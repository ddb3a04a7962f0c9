package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.Specification

class AuditAccessSpec extends Specification {
    static final String MAINNET_TOKEN = GatewayFixture.MAINNET_TOKEN
    static final String TESTNET_TOKEN = GatewayFixture.TESTNET_TOKEN
    static final String ADMIN = 'admin-token-5a5a5a5a5a'
    static final String DRY = '{"symbol":"BTC-PERP","side":"buy","qty":"0.010","dry_run":true}'

    def "with ADMIN_TOKEN set, the admin sees every record and the mainnet token only mainnet ones"() {
        given:
        def gw = new GatewayFixture([ADMIN_TOKEN: ADMIN], false)
        gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN)
        gw.post('/mcp-echo/tools/submit_order', DRY, MAINNET_TOKEN)

        expect:
        gw.read(gw.get('/admin/audit', ADMIN)).records*.actor*.asText().toSet() == ['testnet', 'mainnet'] as Set
        gw.read(gw.get('/admin/audit', MAINNET_TOKEN)).records*.actor*.asText().toSet() == ['mainnet'] as Set
        gw.read(gw.get('/admin/audit', TESTNET_TOKEN)).records*.actor*.asText().toSet() == ['testnet'] as Set
        gw.get('/admin/audit/verify', MAINNET_TOKEN).statusCode() == 401
        gw.get('/admin/audit/verify', ADMIN).statusCode() == 200

        cleanup:
        gw?.close()
    }

    def "with the audit off, a query answers count 0 with a warning"() {
        given:
        def gw = new GatewayFixture([AUDIT_LOG_FILE: 'off'], false)
        gw.post('/mcp-echo/tools/submit_order', DRY, TESTNET_TOKEN)

        when:
        def body = gw.read(gw.get('/admin/audit', MAINNET_TOKEN))

        then:
        body.count.asInt() == 0
        body.warning.asText().contains('off')
        !gw.auditDir.resolve('audit.jsonl').toFile().exists()

        cleanup:
        gw?.close()
    }
}
