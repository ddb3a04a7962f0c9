package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidWeights
import spock.lang.Specification

import java.time.Duration

/** Hyperliquid's per-IP weights as the gateway budgets them (upstream-apis.md §3 "Rate limits"). */
class HyperliquidWeightsSpec extends Specification {

    def 'the plugin declares the venue budget: 1200 weight a minute'() {
        expect:
        new HyperliquidPlugin().upstreams()*.limits()*.budget() == [new Upstream.Budget(1200, 1200, Duration.ofMinutes(1))]
    }

    def '/info #type weighs #weight'() {
        expect:
        HyperliquidWeights.info(type) == weight

        where:
        type                  || weight
        'l2Book'              || 2
        'allMids'             || 2
        'clearinghouseState'  || 2
        'orderStatus'         || 2
        'meta'                || 20
        'metaAndAssetCtxs'    || 20
        'frontendOpenOrders'  || 20
        'candleSnapshot'      || 20
        'userRole'            || 60
    }

    def 'an /exchange action with #orders orders weighs #weight'() {
        given:
        def action = new ObjectMapper().createObjectNode().put('type', 'order')
        def list = action.putArray('orders')
        orders.times { list.addObject().put('a', 1) }

        expect:
        HyperliquidWeights.exchange(action) == weight

        where:
        orders || weight
        0      || 1
        1      || 1
        39     || 1
        40     || 2
        81     || 3
    }
}
