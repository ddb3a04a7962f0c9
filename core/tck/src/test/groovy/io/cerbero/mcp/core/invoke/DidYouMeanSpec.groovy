package io.cerbero.mcp.core.invoke

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.AutoCleanup
import spock.lang.Specification

import static io.cerbero.mcp.core.spi.Environment.TESTNET

/** An unknown tool or plugin name suggests the closest known one when it looks like a typo. */
class DidYouMeanSpec extends Specification {

    @AutoCleanup PluginHarness h = new PluginHarness(new EchoPlugin(),
            [ECHO_URL_TESTNET: 'http://127.0.0.1:9', ECHO_URL_LIVE: 'http://127.0.0.2:9'])

    ToolException notFound(String plugin, String tool) {
        try {
            h.call(TESTNET, plugin, tool, '{}')
        } catch (ToolException e) {
            assert e.code() == ErrorCode.NOT_FOUND
            return e
        }
        throw new AssertionError('found')
    }

    def 'the mistyped tool #typed suggests get_ticker'() {
        expect:
        notFound('echo', typed).message == "plugin 'echo' has no tool '${typed}'; did you mean 'get_ticker'?"

        where:
        typed << ['get_tickr', 'get_tikcer', 'GET_TICKER', 'get-ticker', 'getticker']
    }

    def 'a name unlike any tool gets no suggestion, only the list endpoint'() {
        when:
        def e = notFound('echo', 'withdraw_everything')

        then:
        e.message == "plugin 'echo' has no tool 'withdraw_everything'"
        e.suggestedFix().get() == 'GET /mcp-echo/tools lists the tools'
    }

    def 'a mistyped plugin name suggests the plugin'() {
        expect:
        notFound('ecoh', 'get_ticker').message == "no plugin named 'ecoh'; did you mean 'echo'?"
    }

    def 'a huge name is neither compared nor echoed in full'() {
        when:
        def e = notFound('echo', 'g' * 100_000)

        then:
        e.message.length() < 120
        !e.message.contains('did you mean')
    }

    def 'the closest of several candidates wins, ties broken alphabetically'() {
        expect:
        ClosestName.among('get_order', ['get_orders', 'get_orderbook', 'place_order']) == Optional.of('get_orders')
        ClosestName.among('get_ab', ['get_ac', 'get_aa']) == Optional.of('get_aa')
        ClosestName.among('x', ['get_ticker']).isEmpty()
    }
}
