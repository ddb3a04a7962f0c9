package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.plugin.deribit.client.DeribitCredits
import spock.lang.Specification

import java.time.Duration

/** Deribit's credits as the gateway budgets them: reads 20/s, matching-engine calls 5/s of one pool. */
class DeribitCreditsSpec extends Specification {

    def 'the plugin declares a credit pool of 50,000 refilled at 10,000 a second'() {
        expect:
        new DeribitPlugin().upstreams()*.limits()*.budget() == [new Upstream.Budget(50_000, 10_000, Duration.ofSeconds(1))]
    }

    def '#method costs #credits credits'() {
        expect:
        DeribitCredits.of(method) == credits

        where:
        method                           || credits
        'public/ticker'                  || 500
        'public/get_instruments'         || 500
        'private/get_positions'          || 500
        'private/get_open_orders'        || 500
        'private/buy'                    || 2000
        'private/sell'                   || 2000
        'private/edit'                   || 2000
        'private/cancel'                 || 2000
        'private/cancel_all_by_currency' || 2000
        'private/close_position'         || 2000
    }
}
