package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.*

/**
 * Hundreds of malformed or hostile bodies across the tools: every answer must be a 4xx envelope and the venue must
 * never be called.
 */
class HostileInputSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    def setup() {
        gw.resetVenues()
    }

    static List<String> hostileBodies() {
        List<String> bodies = []
        // not an object, or not JSON at all
        bodies += ['[]', '[1,2]', '"text"', 'null', 'true', '42', '-0', '1e999999999', '{', '}', '{{}}', '{"a":}',
                   '{"symbol":"BTC-PERP",}', "{'symbol':'BTC-PERP'}", '{"symbol":"BTC-PERP"} trailing', '\u0000',
                   '\uFEFF{"symbol":1}', '<xml/>', 'symbol=BTC', '{"symbol":"BTC-PERP"', '{"symbol":"a\\u0"}',
                   '{"symbol":"\\uD800"}x', '/* comment */ {}', '{"symbol":"BTC-PERP"}{"symbol":"x"}']
        // hostile nesting and sizes
        bodies += ['{"symbol":' + '['.repeat(1000) + ']'.repeat(1000) + '}', '{"a":' + '{"a":'.repeat(100) + '1' + '}'.repeat(101),
                   '{"symbol":"' + 'x' * 100_000 + '"}', '{"' + 'k' * 5000 + '":1}']
        // wrong values for every field of the order and ticker tools, by the field's type
        List<Object> notAnything = [[nested: true], [1, 2], '', ' ', 'x' * 300, '\u202e\u0000', '½', '١٢٣']
        Map<String, List<Object>> wrong = [
                symbol  : notAnything + [true, 1e300, -1, 0, 'BTC PERP', 'BTC\nPERP'],
                side    : notAnything + [true, 0, 1, 'hold', 'BUYY', 'NaN'],
                qty     : notAnything + [true, 'NaN', '1e999999', '-Infinity', 1e300, -1, 0, '0x10', '1,5', '0.0'],
                leverage: notAnything + [true, 'NaN', '1e999999', 1e300, -1, 0, '0x10'],
                dry_run : notAnything + [0, 1, 'NaN', 'yes', 2.5],
                depth   : notAnything + [true, 0, 101, -1, 5.7, 'NaN', 1e300, 'five']]
        ['symbol', 'side', 'qty', 'leverage', 'dry_run'].each { field ->
            wrong[field].each { value ->
                Map<String, Object> order = [symbol: 'BTC-PERP', side: 'buy', qty: 0.01, leverage: 2, dry_run: true]
                order[field] = value
                bodies << groovy.json.JsonOutput.toJson(order)
            }
        }
        ['symbol', 'depth'].each { field ->
            wrong[field].each { value ->
                Map<String, Object> ticker = [symbol: 'BTC-PERP', depth: 5]
                ticker[field] = value
                bodies << groovy.json.JsonOutput.toJson(ticker)
            }
        }
        // hostile strings as the symbol: control characters, bidi overrides, injections, emoji, overlong
        ['\u0000', '\u0007', '\t', '\r\n', '\u001b[31m', '\u202e', '\u200b', '\uFFFF', '😀', 'Ω', 'ß', 'é',
         '../../etc/passwd x', 'a b', '" OR 1=1 --', '<script>', '${jndi:ldap://x}', '%00', '%s%s%s%n', 'x' * 33,
         'x' * 1000, 'BTC-PERP\u0000', ' BTC-PERP', 'BTC-PERP ', '\uD83D', 'null\u0000', '\\', '\u00A0',
         'ＢＴＣ', '\u0085'].each {
            bodies << groovy.json.JsonOutput.toJson([symbol: it, depth: 5])
            bodies << groovy.json.JsonOutput.toJson([symbol: it, side: 'buy', qty: 1, dry_run: true])
        }
        // raw number literals JSON cannot hold or that we refuse
        ['NaN', 'Infinity', '-Infinity', '1e400', '1' + '0' * 80, '0.' + '0' * 80 + '1', '01', '.5', '+1', '0x1F'].each {
            bodies << '{"symbol":"BTC-PERP","side":"buy","qty":' + it + ',"dry_run":true}'
        }
        // nulls and missing required fields, unknown and duplicate keys
        bodies += ['{}', '{"symbol":null}', '{"symbol":"BTC-PERP","side":null,"qty":1}', '{"side":"buy","qty":1}',
                   '{"symbol":"BTC-PERP","side":"hold","qty":1}', '{"symbol":"BTC PERP","side":"buy","qty":1}',
                   '{"symbol":"BTC-PERP","side":"buy","qty":1,"extra":1}', '{"symbol":"a","symbol":"b","side":"buy","qty":1}',
                   '{"symbol":"BTC-PERP","side":"buy","qty":1,"__proto__":{}}', '{"symbol":"BTC-PERP","side":"buy","qty":"1 "}']
        bodies
    }

    def 'every hostile body gets a 4xx envelope and never reaches the venue'() {
        given:
        def bodies = hostileBodies()
        def tools = ['/mcp-echo/tools/submit_order', '/mcp-echo/tools/get_ticker']
        List<String> failures = []
        int sent = 0

        when:
        bodies.each { body ->
            tools.each { path ->
                def response = gw.post(path, body)
                sent++
                def status = response.statusCode()
                boolean envelope = response.body().startsWith('{"error":') && response.body().contains('"request_id"')
                boolean leaks = response.body().contains('at io.') || response.body().contains('Exception:') ||
                        response.body().contains(GatewayFixture.ECHO_SECRET)
                if (status < 400 || status >= 500 || !envelope || leaks || response.body().length() > 4096) {
                    failures << "${path} ${body.take(60)} -> ${status} ${response.body().take(200)}"
                }
            }
        }

        then:
        bodies.size() >= 200
        sent >= 400
        failures.isEmpty()
        gw.venueRequests() == 0
    }

    def 'a body over 1 MiB is refused with an envelope'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"' + 'x' * (1024 * 1024 + 10) + '"}')

        then:
        response.statusCode() == 413
        gw.read(response).error.code.asText() == 'INVALID_INPUT'
        gw.venueRequests() == 0
    }

    def 'a body that is not declared as JSON is refused'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', 'symbol=BTC-PERP', GatewayFixture.TESTNET_TOKEN, 'bot',
                'application/x-www-form-urlencoded')

        then:
        response.statusCode() == 422
        gw.read(response).error.code.asText() == 'INVALID_INPUT'
        gw.venueRequests() == 0
    }
}
