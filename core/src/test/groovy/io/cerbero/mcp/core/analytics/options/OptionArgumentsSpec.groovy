package io.cerbero.mcp.core.analytics.options

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Specification
import spock.lang.TempDir

import javax.tools.DiagnosticCollector
import javax.tools.JavaFileObject
import javax.tools.ToolProvider
import java.lang.reflect.Modifier
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

/**
 * The pricing functions take an option as named records (contract, market) and one volatility or price, so the
 * compiler refuses a rate where a volatility goes.
 */
class OptionArgumentsSpec extends Specification {

    @TempDir Path dir

    def 'no public pricing, greeks or implied-vol function takes more than one double: #type.simpleName'() {
        expect:
        type.declaredMethods.findAll { Modifier.isPublic(it.modifiers) }.every { m ->
            m.parameterTypes.count { it == double } <= 1
        }

        where:
        type << [BlackScholes, Black76, ImpliedVolatility]
    }

    def 'a call with the rate and the volatility swapped does not compile; the right one does'() {
        expect:
        compiles('BlackScholes.price(OptionContract.call(100, 0.5), new Underlying(100, 0.05, 0), 0.6)')
        compiles('Black76.greeks(OptionContract.put(100, 0.5), new Forward(100, 0.05), 0.6)')
        !compiles('BlackScholes.price(OptionContract.call(100, 0.5), 0.6, new Underlying(100, 0.05, 0))')
        !compiles('Black76.greeks(OptionContract.put(100, 0.5), 0.05, new Forward(100, 0.6))')
        !compiles('ImpliedVolatility.black76(OptionContract.put(100, 0.5), 12.5, new Forward(100, 0.05))')
    }

    boolean compiles(String expression) {
        def source = dir.resolve('Probe.java')
        Files.writeString(source, """
            import io.cerbero.mcp.core.analytics.options.*;
            class Probe { Object probe() { return ${expression}; } }
            """)
        def compiler = ToolProvider.systemJavaCompiler
        def diagnostics = new DiagnosticCollector<JavaFileObject>()
        def files = compiler.getStandardFileManager(diagnostics, null, null)
        String classes = Path.of(BlackScholes.protectionDomain.codeSource.location.toURI()).toString()
        def task = compiler.getTask(null, files, diagnostics, ['-classpath', classes, '-d', dir.toString()], null,
                files.getJavaFileObjects(source.toFile()))
        task.call()
    }

    def 'a contract refuses what is not an option: #label'() {
        when:
        make()

        then:
        def e = thrown(AnalyticsInputException)
        e.parameter() == parameter

        where:
        label            | parameter       | make
        'no right'       | 'type'          | { -> new OptionContract(null, 100, 1) }
        'zero strike'    | 'strike'        | { -> OptionContract.call(0, 1) }
        'expired'        | 'yearsToExpiry' | { -> OptionContract.put(100, 0) }
        'NaN time'       | 'yearsToExpiry' | { -> OptionContract.put(100, Double.NaN) }
        'zero forward'   | 'forward'       | { -> new Forward(0, 0.05) }
        'NaN rate'       | 'rate'          | { -> new Forward(100, Double.NaN) }
        'no contract'    | 'contract'      | { -> new OptionQuote(null, 0.5, 1, 1) }
    }

    def 'years between two instants count 365-day years: 30 days is 30/365, 12 hours is 0.5/365'() {
        given:
        def now = Instant.parse('2025-03-01T08:00:00Z')

        expect:
        OptionContract.yearsBetween(now, Instant.parse('2025-03-31T08:00:00Z')) == 30 / 365d
        Math.abs(OptionContract.yearsBetween(now, Instant.parse('2025-03-01T20:00:00Z')) - 0.5 / 365d) < 1e-18
    }

    def 'an expiry not after now has no years left and is refused'() {
        when:
        OptionContract.yearsBetween(Instant.parse('2025-03-01T08:00:00Z'), expiry)

        then:
        def e = thrown(AnalyticsInputException)
        e.parameter() == 'expiry'

        where:
        expiry << [Instant.parse('2025-03-01T08:00:00Z'), Instant.parse('2025-02-28T08:00:00Z'), null]
    }

    def 'a forward is the underlying of Black-76: spot = F and yield = r, so the spot functions give Black-76 values'() {
        given:
        def f = new Forward(20, 0.09)
        def put = OptionContract.put(20, 4 / 12d)

        expect:
        f.asUnderlying() == new Underlying(20, 0.09, 0.09)
        BlackScholes.greeks(put, f.asUnderlying(), 0.25) == Black76.greeks(put, f, 0.25)
    }

    def 'a quote reads its contract: right, strike and years'() {
        when:
        def q = new OptionQuote(OptionContract.call(110, 0.25), 0.5, 10, 2)

        then:
        q.type() == OptionType.CALL
        q.strike() == 110d
        q.yearsToExpiry() == 0.25d
    }
}
