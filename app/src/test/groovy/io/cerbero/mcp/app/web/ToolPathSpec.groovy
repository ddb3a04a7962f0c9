package io.cerbero.mcp.app.web

import spock.lang.Specification

class ToolPathSpec extends Specification {

    def 'tool paths are split into plugin and tool for the request log'() {
        expect:
        RequestLogFilter.ToolPath.parse(path) == expected

        where:
        path                            | expected
        '/mcp-bybit/tools/get_ticker'   | new RequestLogFilter.ToolPath('bybit', 'get_ticker')
        '/mcp-bybit/tools'              | new RequestLogFilter.ToolPath('bybit', null)
        '/mcp-bybit/tools/a/b'          | null
        '/mcp-bybit/toolsx'             | null
        '/mcp-bybit'                    | null
        '/health'                       | null
        '/mcp-/tools/x'                 | new RequestLogFilter.ToolPath('', 'x')
    }
}
