package io.cerbero.mcp.core.trading

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.model.AckStatus
import io.cerbero.mcp.core.model.InstrumentKind
import io.cerbero.mcp.core.model.Order
import io.cerbero.mcp.core.model.OrderKind
import io.cerbero.mcp.core.model.OrderStatus
import io.cerbero.mcp.core.model.SizeUnit
import io.cerbero.mcp.core.policy.LeverageCap
import io.cerbero.mcp.core.spi.AuditEvent
import io.cerbero.mcp.core.spi.AuditSink
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.PluginConfig
import io.cerbero.mcp.core.spi.PluginContext
import io.cerbero.mcp.core.spi.RiskPolicy
import io.cerbero.mcp.core.spi.ToolCall
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.UpstreamClient
import io.cerbero.mcp.core.spi.UpstreamRequest
import spock.lang.Specification

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/** Core's order pipeline against a fake venue: rounding, the account-wide cap, serialisation, dry run, unknown outcomes. */
class OrderPipelineSpec extends Specification {
    static final Instant NOW = Instant.parse('2025-01-02T10:00:00Z')
    static final ToolCall CALL = new ToolCall('req-1', Environment.TESTNET, 'spec', NOW)

    FakeVenue venue = new FakeVenue()
    List<AuditEvent> audit = Collections.synchronizedList([])
    OrderPipeline<Void> pipeline = new OrderPipeline<>(venue, context(3), new Random(7))

    PluginContext context(BigDecimal cap) {
        ObjectMapper json = JsonMappers.create()
        [pluginName : { 'fake' }, environment: { Environment.TESTNET }, config: { null as PluginConfig },
         upstream   : { String id -> null as UpstreamClient }, clock: { Clock.fixed(NOW, ZoneOffset.UTC) },
         json       : { json }, audit: { { AuditEvent e -> audit << e } as AuditSink },
         risk       : { new LeverageCap(cap) as RiskPolicy }, logger: { System.getLogger('spec') }] as PluginContext
    }

    static OrderIntent buy(String symbol, String qty, String price = null) {
        OrderIntent.of(symbol, Side.buy, price ? OrderType.limit : OrderType.market, new BigDecimal(qty),
                price ? new BigDecimal(price) : null, false, false, null, false)
    }

    static OrderIntent sell(String symbol, String qty, String price = null, boolean reduceOnly = false) {
        OrderIntent.of(symbol, Side.sell, price ? OrderType.limit : OrderType.market, new BigDecimal(qty),
                price ? new BigDecimal(price) : null, reduceOnly, false, null, false)
    }

    def 'price goes to the tick never to a worse price and qty down to the step, both shown beside the request'() {
        when:
        def bought = pipeline.place(CALL, buy('BTC', '0.0129', '100.37'), null)
        def sold = pipeline.place(CALL, sell('BTC', '0.0129', '100.37'), null)

        then:
        bought.status() == AckStatus.accepted
        bought.requestedPrice() == 100.37 && bought.price() == 100.0
        bought.requestedQty() == 0.0129 && bought.qty() == 0.012
        sold.price() == 100.5
        bought.qtyUnit() == SizeUnit.base
        bought.clientOrderId().startsWith('cmcp-')
        venue.sent*.body == ['buy BTC 0.012 @100', 'sell BTC 0.012 @100.5']
    }

    def "significant figures limit fractional prices on the caller's side, whole prices pass as they are"() {
        given:
        venue.sigFigs = 5

        when:
        def fractional = pipeline.place(CALL, buy('BTC', '1', '1.234567'), null)
        def fractionalSell = pipeline.place(CALL, sell('BTC', '1', '1.234567'), null)
        def whole = pipeline.place(CALL, buy('BTC', '0.01', '123456'), null)

        then:
        fractional.price() == 1.2345
        fractionalSell.price() == 1.2346
        whole.price() == 123456
    }

    def 'a qty that rounds below the minimum is INVALID_INPUT and nothing is prepared or sent'() {
        when:
        pipeline.place(CALL, buy('BTC', '0.0009', '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.details().min_order_qty == '0.001'
        venue.sent.isEmpty()
    }

    def 'a priced order below the minimum notional is refused'() {
        when:
        pipeline.place(CALL, buy('BTC', '0.001', '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('below the minimum 1')
    }

    def 'the cap is account-wide: every position and resting order of every symbol counts'() {
        given: 'equity 1000, cap 3: BTC long 2000, ETH short 500, a resting SOL buy of 300 → gross 2800'
        venue.positions = [BTC: 2000, ETH: -500]
        venue.resting = [[symbol: 'SOL', side: Side.buy, notional: 300]]

        when: 'a BTC buy of 1.5 × 100 = 150 ends at 2950 ≤ 3000'
        def ack = pipeline.place(CALL, buy('BTC', '1.5', '100'), null)

        then:
        ack.leverage().verdict() == 'within_cap'
        ack.leverage().exposureBefore() == 2800
        ack.leverage().exposureAfter() == 2950
        ack.leverage().currentLeverage() == 2.8
        ack.leverage().resultingLeverage() == 2.95

        when: 'a BTC buy of 3 × 100 = 300 would end at 3100 > 3000, although BTC alone is 2.3x'
        venue.sent.clear()
        pipeline.place(CALL, buy('BTC', '3', '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().max_leverage == 3
        e.details().requested_leverage == 3.1
        e.details().exposure_after == 3100
        venue.sent.isEmpty()
    }

    def 'a hair over the cap is refused: the comparison is exact, the ratio shown is rounded up'() {
        given:
        venue.equity = 3
        venue.positions = [ETH: 8.0000001]

        when: 'gross after = 9.0000001 > 3 × 3'
        pipeline.place(CALL, buy('BTC', '0.01', '100.0'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 3.000001
    }

    def 'an order that lowers gross exposure passes even above the cap, and reduce_only is not checked'() {
        given:
        venue.positions = [BTC: 5000]

        when:
        def lowering = pipeline.place(CALL, sell('BTC', '10', '100'), null)
        def reduceOnly = pipeline.place(CALL, sell('BTC', '60', '100', true), null)

        then:
        lowering.leverage().verdict() == 'lowers_exposure'
        lowering.leverage().currentLeverage() == 5
        reduceOnly.leverage().verdict() == 'reduce_only'
        venue.accountReads == 1
    }

    def 'no equity means no order that adds exposure'() {
        given:
        venue.equity = 0

        when:
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        venue.sent.isEmpty()
    }

    def 'a market order is valued at the venue reference price'() {
        given:
        venue.reference = 2000

        when: '2 × 2000 = 4000 > 3 × 1000'
        pipeline.place(CALL, buy('BTC', '2'), null)

        then:
        thrown(ToolException)

        when:
        def ack = pipeline.place(CALL, buy('BTC', '1'), null)

        then:
        ack.leverage().exposureAfter() == 2000
        ack.price() == null
    }

    def 'a dry run returns the exact request, with secret headers redacted, and sends nothing'() {
        when:
        def ack = pipeline.place(CALL, OrderIntent.of('BTC', Side.buy, OrderType.limit, 1.0, 100.0, false, false,
                'bot-1', true), null)

        then:
        ack.status() == AckStatus.dry_run
        ack.dryRun()
        ack.request().body() == 'buy BTC 1 @100'
        ack.request().headers() == ['X-Key': '***', 'X-Plain': 'p']
        ack.clientOrderId() == 'bot-1'
        venue.sent.isEmpty()
        audit.isEmpty()
    }

    def 'a real send is audited with its client order id and the redacted request before it leaves'() {
        when:
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        audit.size() == 1
        audit[0].phase() == AuditEvent.Phase.PREPARED
        audit[0].input().get('client_order_id').asText().startsWith('cmcp-')
        audit[0].input().get('request').get('headers').get('X-Key').asText() == '***'
        !audit[0].toString().contains('secret-key')
    }

    def 'concurrent orders of one session are checked one at a time, so both cannot pass on one snapshot'() {
        given: 'each order alone fits (2000 + 900 ≤ 3000), two together do not'
        venue.positions = [BTC: 2000]
        venue.restOnSubmit = true
        venue.accountDelayMillis = 50
        def pool = Executors.newFixedThreadPool(2)
        def start = new CountDownLatch(1)
        def outcomes = Collections.synchronizedList([])

        when:
        2.times {
            pool.submit {
                start.await()
                try {
                    outcomes << pipeline.place(CALL, buy('ETH', '9', '100'), null).status().name()
                } catch (ToolException e) {
                    outcomes << e.code().name()
                }
            }
        }
        start.countDown()
        pool.shutdown()
        pool.awaitTermination(10, TimeUnit.SECONDS)

        then:
        outcomes.sort() == ['POLICY_REJECTED', 'accepted']
        venue.maxConcurrentAccountReads == 1
    }

    def 'an unknown outcome found by client order id is reported as placed'() {
        given:
        venue.failSubmit = unknown()
        venue.lookupResult = { PlannedOrder o -> OrderLookup.found(order(o)) }

        when:
        def ack = pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        ack.status() == AckStatus.placed_after_unknown
        ack.orderId() == 'found-1'
    }

    def 'an unknown outcome not found at the venue says not_placed, never retryable, with the client order id'() {
        given:
        venue.failSubmit = unknown()
        venue.lookupResult = { PlannedOrder o -> OrderLookup.notFound() }

        when:
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_TIMEOUT
        !e.retryable()
        e.details().outcome == 'not_placed'
        e.details().client_order_id.startsWith('cmcp-')
    }

    def 'an unknown outcome the venue cannot look up stays unknown, never retryable, with the client order id'() {
        given:
        venue.failSubmit = unknown()

        when:
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        def e = thrown(ToolException)
        !e.retryable()
        e.details().outcome == 'unknown'
        e.details().client_order_id.startsWith('cmcp-')
        e.suggestedFix().get().contains('client_order_id')
    }

    def 'a venue rejection passes through with the client order id added'() {
        given:
        venue.failSubmit = ToolException.upstreamRejected('insufficient balance').withDetail('venue_code', 110007)

        when:
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 110007
        e.details().client_order_id.startsWith('cmcp-')
    }

    def 'a cancel is prepared by the venue, shown under dry run, and sent once otherwise'() {
        when:
        def dry = pipeline.cancel(CALL, new CancelIntent('BTC', 'o-1', null, true), null)
        def real = pipeline.cancel(CALL, new CancelIntent('BTC', 'o-1', null, false), null)

        then:
        dry.status() == AckStatus.dry_run
        dry.request().body() == 'cancel o-1'
        real.status() == AckStatus.cancel_requested
        venue.sent*.body == ['cancel o-1']
    }

    static ToolException unknown() {
        ToolException.of(ErrorCode.UPSTREAM_TIMEOUT, 'no answer').withRetryable(false).withDetail('outcome', 'unknown')
    }

    static Order order(PlannedOrder o) {
        new Order('found-1', o.clientOrderId(), o.symbol(), o.side(), OrderKind.limit, o.sentPrice(), null, o.sentQty(),
                0.0, null, SizeUnit.base, OrderStatus.open, 'GTC', false, false, NOW, NOW, null)
    }

    /** A venue with tick 0.5, step 0.001, minimum qty 0.001 and minimum notional 1; equity 1000. */
    static class FakeVenue implements OrderVenue<Void> {
        BigDecimal equity = 1000
        BigDecimal reference = 100
        Map<String, BigDecimal> positions = [:]
        List<Map> resting = Collections.synchronizedList([])
        List<UpstreamRequest> sent = Collections.synchronizedList([])
        boolean restOnSubmit
        long accountDelayMillis
        int accountReads
        AtomicInteger inAccount = new AtomicInteger()
        int maxConcurrentAccountReads
        ToolException failSubmit
        Closure<OrderLookup> lookupResult

        @Override ClientOrderIdFormat clientOrderIds() { ClientOrderIds.withMaxLength(36) }

        Integer sigFigs

        @Override InstrumentRules rules(String symbol, Void params) {
            new InstrumentRules(symbol, InstrumentKind.perpetual, true, sigFigs ? 0.000001 : 0.5, sigFigs, 0.001, 0.001, 1000, 1, null, null,
                    null, SizeUnit.base)
        }

        /** Takes the snapshot first, then lingers: two unserialised orders would both see the same account. */
        @Override AccountSnapshot account() {
            accountReads++
            int now = inAccount.incrementAndGet()
            synchronized (this) {
                maxConcurrentAccountReads = Math.max(maxConcurrentAccountReads, now)
            }
            try {
                def b = AccountSnapshot.builder(equity, 'USD')
                positions.each { s, n -> b.position(s, n) }
                resting.each { b.restingOrder(it.symbol, it.side, it.notional) }
                def snapshot = b.build()
                if (accountDelayMillis) {
                    Thread.sleep(accountDelayMillis)
                }
                return snapshot
            } finally {
                inAccount.decrementAndGet()
            }
        }

        @Override BigDecimal referencePrice(InstrumentRules rules, Void params) { reference }

        @Override UpstreamRequest prepare(PlannedOrder order, Void params) {
            String price = order.sentPrice() == null ? 'mkt' : order.sentPrice().toPlainString()
            new UpstreamRequest('POST', '/order', '', ['X-Key': 'secret-key', 'X-Plain': 'p'],
                    "${order.side()} ${order.symbol()} ${order.sentQty().toPlainString()} @${price}", false, 'order')
        }

        @Override UpstreamRequest prepareCancel(CancelIntent cancel, Void params) {
            new UpstreamRequest('POST', '/cancel', '', ['X-Key': 'secret-key'], "cancel ${cancel.orderId()}", false,
                    'cancel')
        }

        @Override Set<String> secretHeaders() { ['x-key'] as Set }

        @Override VenueAck submit(UpstreamRequest request) {
            if (failSubmit) {
                throw failSubmit
            }
            sent << request
            if (restOnSubmit) {
                def parts = request.body().split(' ')
                resting << [symbol: parts[1], side: Side.valueOf(parts[0]),
                            notional: new BigDecimal(parts[2]) * new BigDecimal(parts[3].substring(1))]
            }
            VenueAck.of('o-' + sent.size(), null)
        }

        @Override OrderLookup lookup(PlannedOrder order, Void params) {
            lookupResult ? lookupResult.call(order) : OrderLookup.unsupported()
        }
    }
}
