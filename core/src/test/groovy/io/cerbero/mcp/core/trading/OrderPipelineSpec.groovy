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

    static AmendIntent amend(String orderId, String qty, String price = null, boolean dryRun = false) {
        new AmendIntent(orderId, null, qty ? new BigDecimal(qty) : null, price ? new BigDecimal(price) : null, null,
                null, null, null, dryRun)
    }

    def 'a market order is valued at one reference price, which the venue finds in the planned order it prepares'() {
        when:
        pipeline.place(CALL, buy('BTC', '1'), null)

        then:
        venue.referenceReads == 1
        venue.preparedReferencePrices == [100]

        when: 'a priced order needs none'
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        venue.referenceReads == 1
        venue.preparedReferencePrices[1] == null
    }

    def 'the venue is told what the account read is for: the orders, and for an amend the order it replaces'() {
        given:
        venue.rest('o-9', 'ETH', Side.buy, '1', '100')

        when:
        pipeline.place(CALL, buy('BTC', '1', '100'), null)

        then:
        venue.lastScope.symbols() == ['BTC'] as Set
        venue.lastScope.replaced() == null

        when:
        pipeline.amend(CALL, 'amend_order', amend('o-9', '2'), null)

        then:
        venue.lastScope.symbols() == ['ETH'] as Set
        venue.lastScope.replaced().orderId() == 'o-9'
    }

    def 'an amend is rounded like a new order, keeps what it does not change, and counts the old order only once'() {
        given: 'equity 1000, cap 3: BTC long 2000 and a resting BTC buy of 5 × 100 → gross 2500'
        venue.positions = [BTC: 2000]
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')

        when: 'growing it to 9.9999 × 100.37 → 9.999 @100: 2000 + 999.9 ≤ 3000 once the old 500 is taken out'
        def ack = pipeline.amend(CALL, 'amend_order', amend('o-9', '9.9999', '100.37'), null)

        then:
        ack.status() == AckStatus.accepted
        ack.requestedQty() == 9.9999 && ack.qty() == 9.999
        ack.requestedPrice() == 100.37 && ack.price() == 100.0
        ack.side() == Side.buy
        ack.clientOrderId() == 'bot-o-9'
        ack.venueSpecific().replaces == 'o-9'
        ack.leverage().verdict() == 'within_cap'
        ack.leverage().exposureBefore() == 2500
        ack.leverage().exposureAfter() == 2999.9
        venue.sent*.body == ['amend o-9 9.999 @100']

        when: 'a change of qty only keeps the price'
        pipeline.amend(CALL, 'amend_order', amend('o-9', '6'), null)

        then:
        venue.sent*.body[1] == 'amend o-9 6 @100'
    }

    def 'an amend that grows the order above the cap is refused and nothing is sent'() {
        given:
        venue.positions = [BTC: 2000]
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')

        when: '2000 + 11 × 100 = 3100 > 3000'
        pipeline.amend(CALL, 'amend_order', amend('o-9', '11'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().exposure_before == 2500
        e.details().exposure_after == 3100
        venue.sent.isEmpty()
        audit.isEmpty()
    }

    def 'an amend that shrinks the order passes even when the account is above the cap'() {
        given: 'gross 5000 + 500 = 5.5x equity'
        venue.positions = [BTC: 5000]
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')

        when:
        def ack = pipeline.amend(CALL, 'amend_order', amend('o-9', '2'), null)

        then:
        ack.status() == AckStatus.accepted
        ack.leverage().verdict() == 'lowers_exposure'
        ack.leverage().exposureAfter() == 5200
        venue.sent*.body == ['amend o-9 2 @100']
    }

    def 'an amend dry run returns the exact request and sends and audits nothing'() {
        given:
        venue.rest('o-9', 'BTC', Side.sell, '5', '100')

        when:
        def ack = pipeline.amend(CALL, 'amend_order', amend('o-9', null, '101.2', true), null)

        then:
        ack.status() == AckStatus.dry_run
        ack.price() == 101.5
        ack.request().body() == 'amend o-9 5 @101.5'
        ack.request().headers() == ['X-Key': '***']
        venue.sent.isEmpty()
        audit.isEmpty()
    }

    def 'a real amend is audited under the calling tool with the order id and the redacted request'() {
        given:
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')

        when:
        pipeline.amend(CALL, 'edit_order', amend('o-9', '4'), null)

        then:
        audit.size() == 1
        audit[0].tool() == 'edit_order'
        audit[0].phase() == AuditEvent.Phase.PREPARED
        audit[0].input().get('client_order_id').asText() == 'bot-o-9'
        audit[0].input().get('request').get('headers').get('X-Key').asText() == '***'
    }

    def 'an amend that timed out is never retryable: outcome unknown with both ids, or found by the venue'() {
        given:
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')
        venue.failSubmit = unknown()

        when:
        pipeline.amend(CALL, 'amend_order', amend('o-9', '4'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_TIMEOUT
        !e.retryable()
        e.details().outcome == 'unknown'
        e.details().order_id == 'o-9'
        e.details().client_order_id == 'bot-o-9'
        e.suggestedFix().get().contains('o-9')

        when:
        venue.amendLookupResult = { PlannedAmend a -> OrderLookup.found(order(a.replacement())) }
        def ack = pipeline.amend(CALL, 'amend_order', amend('o-9', '4'), null)

        then:
        ack.status() == AckStatus.placed_after_unknown
        ack.orderId() == 'found-1'

        when:
        venue.amendLookupResult = { PlannedAmend a -> OrderLookup.notFound() }
        pipeline.amend(CALL, 'amend_order', amend('o-9', '4'), null)

        then:
        def notPlaced = thrown(ToolException)
        !notPlaced.retryable()
        notPlaced.details().outcome == 'not_placed'
    }

    def 'an amend names fields the order does not have, and a venue without amend says so before reading anything'() {
        given:
        venue.orders['m-1'] = new RestingOrder('m-1', null, 'BTC', Side.buy, OrderKind.stop_market, 1.0, null, null,
                90.0, false, false)
        def plain = new NoAmendVenue()

        when:
        pipeline.amend(CALL, 'amend_order', amend('m-1', null, '100'), null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('no limit price')

        when:
        new OrderPipeline<>(plain, context(3), new Random(7)).amend(CALL, 'amend_order', amend('o-1', '1'), null)

        then:
        def refused = thrown(ToolException)
        refused.code() == ErrorCode.INVALID_INPUT
        refused.details().reason == 'amend_unsupported'
        plain.fake.accountReads == 0
        plain.fake.sent.isEmpty()
    }

    def 'an amend waits for the order in flight: one account read at a time per session'() {
        given:
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')
        venue.accountDelayMillis = 50
        def pool = Executors.newFixedThreadPool(2)
        def start = new CountDownLatch(1)
        def outcomes = Collections.synchronizedList([])

        when:
        pool.submit { start.await(); outcomes << pipeline.place(CALL, buy('ETH', '1', '100'), null).status().name() }
        pool.submit { start.await(); outcomes << pipeline.amend(CALL, 'amend_order', amend('o-9', '6'), null).status().name() }
        start.countDown()
        pool.shutdown()
        pool.awaitTermination(10, TimeUnit.SECONDS)

        then:
        outcomes == ['accepted', 'accepted']
        venue.accountReads == 2
        venue.maxConcurrentAccountReads == 1
    }

    def 'a venue that keeps the order id refuses a new client order id'() {
        given:
        venue.rest('o-9', 'BTC', Side.buy, '5', '100')

        when:
        pipeline.amend(CALL, 'amend_order', new AmendIntent('o-9', null, 4.0, null, null, null, null, 'new-id', false),
                null)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('client_order_id')
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
        Map<String, RestingOrder> orders = [:]
        int referenceReads
        List<BigDecimal> preparedReferencePrices = []
        AccountScope<Void> lastScope
        Closure<OrderLookup> amendLookupResult

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

        @Override AccountSnapshot account(AccountScope<Void> scope) {
            lastScope = scope
            account()
        }

        @Override BigDecimal referencePrice(InstrumentRules rules, Void params) {
            referenceReads++
            reference
        }

        @Override UpstreamRequest prepare(PlannedOrder order, Void params) {
            String price = order.sentPrice() == null ? 'mkt' : order.sentPrice().toPlainString()
            preparedReferencePrices << order.referencePrice()
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

        /** A resting limit order, in the account snapshot too. */
        void rest(String id, String symbol, Side side, String qty, String price) {
            orders[id] = new RestingOrder(id, 'bot-' + id, symbol, side, OrderKind.limit, new BigDecimal(qty), 0.0,
                    new BigDecimal(price), null, false, false)
            resting << [symbol: symbol, side: side, notional: new BigDecimal(qty) * new BigDecimal(price)]
        }

        @Override RestingOrder restingOrder(AmendIntent amend, Void params) {
            orders[amend.orderId()] ?: { throw ToolException.upstreamRejected('no open order ' + amend.orderId()) }()
        }

        @Override UpstreamRequest prepareAmend(PlannedAmend amend, Void params) {
            new UpstreamRequest('POST', '/amend', '', ['X-Key': 'secret-key'],
                    "amend ${amend.original().orderId()} ${amend.replacement().sentQty().toPlainString()} " +
                            "@${amend.replacement().sentPrice().toPlainString()}", false, 'amend')
        }

        @Override OrderLookup lookupAmend(PlannedAmend amend, Void params) {
            amendLookupResult ? amendLookupResult.call(amend) : OrderLookup.unsupported()
        }
    }

    /** The fake venue's reads and writes, without amend: what a venue that cannot change an order inherits. */
    static class NoAmendVenue implements OrderVenue<Void> {
        @Delegate(interfaces = false, excludes = ['restingOrder', 'prepareAmend', 'lookupAmend', 'account'])
        FakeVenue fake = new FakeVenue()

        @Override ClientOrderIdFormat clientOrderIds() { fake.clientOrderIds() }
        @Override InstrumentRules rules(String symbol, Void params) { fake.rules(symbol, params) }
        @Override AccountSnapshot account() { fake.account() }
        @Override BigDecimal referencePrice(InstrumentRules rules, Void params) { fake.referencePrice(rules, params) }
        @Override UpstreamRequest prepare(PlannedOrder order, Void params) { fake.prepare(order, params) }
        @Override UpstreamRequest prepareCancel(CancelIntent cancel, Void params) { fake.prepareCancel(cancel, params) }
        @Override Set<String> secretHeaders() { fake.secretHeaders() }
        @Override VenueAck submit(UpstreamRequest request) { fake.submit(request) }
    }
}
