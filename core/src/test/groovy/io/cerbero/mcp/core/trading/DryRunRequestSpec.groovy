package io.cerbero.mcp.core.trading

import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.spi.UpstreamRequest
import spock.lang.Specification

class DryRunRequestSpec extends Specification {

    static final String KEY = 'live-key-7c1e'
    static final String SIGNATURE = '9f86d081884c7d659a2feaa0c55ad015'

    UpstreamRequest signedPost() {
        UpstreamRequest.postJson('/v5/order/create', '{"symbol":"BTCUSDT","qty":"0.015"}')
                .withHeader('X-API-KEY', KEY)
                .withHeader('X-SIGN', SIGNATURE)
                .withHeader('X-TIMESTAMP', '1735812000000')
    }

    def 'secret headers are replaced by ***, matched case-insensitively; the rest is shown as sent'() {
        when:
        def view = DryRunRequest.of(signedPost(), ['x-api-key', 'X-Sign'])

        then:
        view.method() == 'POST'
        view.path() == '/v5/order/create'
        view.query() == null
        view.body() == '{"symbol":"BTCUSDT","qty":"0.015"}'
        view.headers() == ['Content-Type': 'application/json', 'X-API-KEY': '***', 'X-SIGN': '***',
                           'X-TIMESTAMP': '1735812000000']
        !view.toString().contains(KEY)
        !view.toString().contains(SIGNATURE)
    }

    def 'headers are sorted by name and cannot be changed'() {
        when:
        def view = DryRunRequest.of(signedPost(), ['X-API-KEY'])
        view.headers().put('X-API-KEY', KEY)

        then:
        view.headers().keySet() as List == ['Content-Type', 'X-API-KEY', 'X-SIGN', 'X-TIMESTAMP']
        thrown(UnsupportedOperationException)
    }

    def 'a GET shows its exact query and no body; an empty query is absent'() {
        expect:
        DryRunRequest.of(UpstreamRequest.get('/v5/position/list', 'category=linear&symbol=BTCUSDT'), []).query() ==
                'category=linear&symbol=BTCUSDT'
        DryRunRequest.of(UpstreamRequest.get('/v5/position/list', 'category=linear&symbol=BTCUSDT'), []).body() == null
        DryRunRequest.of(UpstreamRequest.get('/v5/market/time', ''), []).query() == null
    }

    def 'as a tool output it serialises with snake_case fields, absent parts left out, secrets redacted'() {
        when:
        def json = JsonMappers.create().writeValueAsString(DryRunRequest.of(signedPost(), ['X-API-KEY', 'X-SIGN']))

        then:
        json == '{"method":"POST","path":"/v5/order/create","body":"{\\"symbol\\":\\"BTCUSDT\\",\\"qty\\":\\"0.015\\"}",' +
                '"headers":{"Content-Type":"application/json","X-API-KEY":"***","X-SIGN":"***","X-TIMESTAMP":"1735812000000"}}'
        !json.contains(KEY)
    }

    def 'redact replaces every echo of a secret in a venue message'() {
        expect:
        DryRunRequest.redact("error sign! origin_string[1735812000000${KEY}5000] key ${KEY}", KEY) ==
                'error sign! origin_string[1735812000000***5000] key ***'
        DryRunRequest.redact('nothing to hide', KEY) == 'nothing to hide'
        DryRunRequest.redact(null, KEY) == null
        DryRunRequest.redact('text', null) == 'text'
        DryRunRequest.redact('text', '') == 'text'
    }
}
