package io.cerbero.mcp.core.trading

import io.cerbero.mcp.core.policy.LeverageCap
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

class LeverageCheckSpec extends Specification {
    static final LeverageCap CAP3 = new LeverageCap(3G)

    def 'one buy: (|position| + notional) / equity'() {
        when: 'equity 10 000, long 10 000 (1x), buy 24 000 more'
        def check = LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.buy, 24_000G, 3G)

        then:
        check.currentLeverage() == 1G
        check.resultingLeverage() == 3.4G
        check.orderNotional() == 24_000G
        check.positionNotional() == 10_000G
        check.increasesLeverage()
    }

    def 'one sell against a long reduces exposure: its worst case is not filling, so resulting = current'() {
        when:
        def check = LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.sell, 5_000G, 3G)

        then:
        check.currentLeverage() == 1G
        check.resultingLeverage() == 1G
        !check.increasesLeverage()
    }

    def 'a sell larger than the long flips it short: the new short counts'() {
        expect:
        LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.sell, 40_000G, 3G).resultingLeverage() == 3G
    }

    def 'a short position is negative notional: a sell adds to it, a buy reduces it'() {
        expect:
        LeverageCheck.forOrder('BTCUSDT', 10_000G, -20_000G, Side.sell, 5_000G, 3G).resultingLeverage() == 2.5G
        LeverageCheck.forOrder('BTCUSDT', 10_000G, -20_000G, Side.buy, 5_000G, 3G).resultingLeverage() == 2G
        !LeverageCheck.forOrder('BTCUSDT', 10_000G, -20_000G, Side.buy, 5_000G, 3G).increasesLeverage()
        LeverageCheck.forOrder('BTCUSDT', 10_000G, -20_000G, Side.buy, 5_000G, 3G).currentLeverage() == 2G
    }

    def 'a batch is judged on its worst case: all buys fill, or all sells fill'() {
        when: 'flat; buys 16 000, sells 12 000 on equity 10 000'
        def check = LeverageCheck.worstCase('BTCUSDT', 10_000G, 0G, 16_000G, 12_000G, 3G)

        then:
        check.resultingLeverage() == 1.6G
        check.orderNotional() == 16_000G

        when: 'long 10 000: the sell side nets against the position, the buy side adds'
        check = LeverageCheck.worstCase('BTCUSDT', 10_000G, 10_000G, 16_000G, 30_000G, 3G)

        then:
        check.resultingLeverage() == 2.6G
        check.orderNotional() == 16_000G
    }

    def 'current rounds down and resulting rounds up, at 6 decimals, so the cap errs safe'() {
        when:
        def check = LeverageCheck.forOrder('X', 3G, 1G, Side.buy, 1G, 1G)

        then: '1/3 and 2/3'
        check.currentLeverage() == 0.333333G
        check.resultingLeverage() == 0.666667G
    }

    def 'rounding alone never makes a reducing order look like a raising one'() {
        when: '|P| / E = 1/3, not exact at 6 decimals; the sell reduces'
        def check = LeverageCheck.forOrder('X', 3G, 1G, Side.sell, 0.5G, 0.1G)

        then:
        check.currentLeverage() == 0.333333G
        check.resultingLeverage() == 0.333333G
        !check.increasesLeverage()
        check.enforce(new LeverageCap(0.1G)).is(check)
    }

    def 'results are stripped of trailing zeros and zero is 0'() {
        when:
        def check = LeverageCheck.forOrder('X', 100.00G, 0.000G, Side.buy, 50.00G, 3G)

        then:
        check.currentLeverage().toPlainString() == '0'
        check.positionNotional().toPlainString() == '0'
        check.orderNotional().toPlainString() == '50'
        check.resultingLeverage().toPlainString() == '0.5'
    }

    def 'equal to the cap passes; one step above is POLICY_REJECTED with the numbers in the details'() {
        expect: '(10 000 + 20 000) / 10 000 = 3x on a 3x cap'
        LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.buy, 20_000G, 3G).enforce(CAP3).resultingLeverage() == 3G

        when: '3.0001x'
        LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.buy, 20_001G, 3G).enforce(CAP3, 'lower the size, or raise X_MAX_LEVERAGE')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.message.startsWith('BTCUSDT (position notional 10000, order notional 20001, equity 10000): resulting leverage 3.0001x')
        e.details().max_leverage == 3G
        e.details().requested_leverage == 3.0001G
        e.details().current_leverage == 1G
        e.details().equity == 10_000G
        e.details().position_notional == 10_000G
        e.details().order_notional == 20_001G
        e.suggestedFix().get() == 'lower the size, or raise X_MAX_LEVERAGE'
    }

    def 'without a fix of its own the policy\'s fix is kept'() {
        when:
        LeverageCheck.forOrder('BTCUSDT', 1_000G, 0G, Side.buy, 5_000G, 3G).enforce(CAP3)

        then:
        def e = thrown(ToolException)
        e.suggestedFix().get().contains('MAX_LEVERAGE')
    }

    def 'reducing exposure always passes, even when the account is already above the cap'() {
        given: 'cap 0.5x, already 1x long'
        def cap = new LeverageCap(0.5G)

        expect:
        LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.sell, 5_000G, 0.5G).enforce(cap).resultingLeverage() == 1G
        LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.sell, 1_000G, 0.5G).enforce(cap).currentLeverage() == 1G

        when: 'but adding to it is refused'
        LeverageCheck.forOrder('BTCUSDT', 10_000G, 10_000G, Side.buy, 1G, 0.5G).enforce(cap)

        then:
        thrown(ToolException)
    }

    def 'enforce asks the risk policy, with the resulting leverage'() {
        given:
        def policy = Mock(io.cerbero.mcp.core.spi.RiskPolicy)

        when:
        LeverageCheck.forOrder('ETHUSDT', 10_000G, 0G, Side.buy, 20_000G, 3G).enforce(policy)

        then:
        1 * policy.requireLeverageWithinCap(2G, { it.startsWith('ETHUSDT') })
    }

    def 'an action that does not raise leverage never reaches the policy'() {
        given:
        def policy = Mock(io.cerbero.mcp.core.spi.RiskPolicy)

        when:
        LeverageCheck.forOrder('ETHUSDT', 10_000G, 10_000G, Side.sell, 20_000G, 3G).enforce(policy)

        then:
        0 * policy._
    }

    def 'no positive equity: POLICY_REJECTED, since nothing that adds exposure can pass'() {
        when:
        LeverageCheck.forOrder('BTCUSDT', equity, 0G, Side.buy, 1G, 3G)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED

        where:
        equity << [0G, -5G, null]
    }

    def 'negative order notionals are a programming error'() {
        when:
        LeverageCheck.worstCase('BTCUSDT', 1G, 0G, -1G, 0G, 3G)

        then:
        thrown(IllegalArgumentException)
    }
}
