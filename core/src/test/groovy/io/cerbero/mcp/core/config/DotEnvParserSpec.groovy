package io.cerbero.mcp.core.config

import spock.lang.Specification

class DotEnvParserSpec extends Specification {

    def 'KEY=value lines become entries, in file order'() {
        expect:
        DotEnvParser.parse('A=1\nB=two\nC=3') == [A: '1', B: 'two', C: '3']
    }

    def 'blank lines and # comment lines are skipped'() {
        given:
        def text = '''
            # a comment
            A=1

               # an indented comment
            B=2
            '''.stripIndent()

        expect:
        DotEnvParser.parse(text) == [A: '1', B: '2']
    }

    def 'an optional export prefix is dropped'() {
        expect:
        DotEnvParser.parse('export BYBIT_API_KEY=abc\nexport  HOST=0.0.0.0') == [BYBIT_API_KEY: 'abc', HOST: '0.0.0.0']
    }

    def 'the line #line gives the value #expected'() {
        expect:
        DotEnvParser.parse(line) == [K: expected]

        where:
        line                              | expected
        'K=plain'                         | 'plain'
        'K = spaced '                     | 'spaced'
        'K="double quoted"'               | 'double quoted'
        "K='single quoted'"               | 'single quoted'
        'K="has # inside"'                | 'has # inside'
        "K='a=b=c'"                       | 'a=b=c'
        'K=https://x.test/?a=b&c=d'       | 'https://x.test/?a=b&c=d'
        'K=value # trailing comment'      | 'value'
        'K=no#comment'                    | 'no#comment'
        'K="quoted" # trailing comment'   | 'quoted'
        "K='quoted'   # trailing comment" | 'quoted'
        'K=$HOME/literal'                 | '$HOME/literal'
        'K=""'                            | ''
        'K='                              | ''
        'K="unbalanced'                   | '"unbalanced'
    }

    def 'lines without a key or an equals sign are ignored'() {
        expect:
        DotEnvParser.parse('just text\n=nokey\nA=1') == [A: '1']
    }

    def 'Windows line endings are handled'() {
        expect:
        DotEnvParser.parse('A=1\r\nB="2"\r\n') == [A: '1', B: '2']
    }

    def 'a later line for the same key wins'() {
        expect:
        DotEnvParser.parse('A=1\nA=2') == [A: '2']
    }
}
