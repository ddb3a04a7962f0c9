package io.cerbero.mcp.app.config

import spock.lang.Specification

class McpToolsetsSpec extends Specification {

    def 'unset or blank offers every tool'() {
        expect:
        McpToolsets.parse(Optional.ofNullable(raw)) == McpToolsets.ALL

        where:
        raw << [null, '', '  ']
    }

    def 'plugin names and read-only combine, case and spaces forgiven'() {
        when:
        def toolsets = McpToolsets.parse(Optional.of(' Bybit, macro ,READ-ONLY'))

        then:
        toolsets.plugins() == ['bybit', 'macro'] as Set
        toolsets.readOnly()
    }

    def 'a malformed entry stops the start with one line naming it'() {
        when:
        McpToolsets.parse(Optional.of(raw))

        then:
        def e = thrown(SettingsException)
        e.problems().size() == 1
        e.problems()[0].startsWith('MCP_TOOLSETS')
        e.problems()[0].contains("'${bad}'")

        where:
        raw               | bad
        'bybit,,macro'    | ''
        'bybit;macro'     | 'bybit;macro'
        'readonly!'       | 'readonly!'
        'bybit_get_ticker'| 'bybit_get_ticker'
    }
}
