package io.cerbero.mcp.plugin.hyperliquid

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.UpstreamResponse
import spock.lang.Specification

/** Venue answers mapped to the design's codes, with the venue's words and a fix where one is known. */
class HyperliquidErrorsSpec extends Specification {

    def 'a refused action "#message" is #code'() {
        when:
        def e = HyperliquidErrors.actionRefused(message, 'exchange/order')

        then:
        e.code() == code
        e.details().venue_message == message
        e.details().endpoint == 'exchange/order'
        (fix == null) || e.suggestedFix().get().contains(fix)

        where:
        message                                                             | code                         | fix
        'User or API Wallet 0xabc does not exist.'                          | ErrorCode.UPSTREAM_REJECTED  | 'approve the API wallet'
        'Invalid nonce: duplicate nonce'                                    | ErrorCode.UPSTREAM_REJECTED  | 'clock'
        'Insufficient margin to place order. asset=0'                       | ErrorCode.UPSTREAM_REJECTED  | 'collateral'
        'Order must have minimum value of $10. asset=0'                     | ErrorCode.UPSTREAM_REJECTED  | 'raise qty'
        'Price must be divisible by tick size. asset=0'                     | ErrorCode.UPSTREAM_REJECTED  | 'significant figures'
        'Too many cumulative requests sent (10001 > 10000) for cumulative volume traded' | ErrorCode.RATE_LIMIT | 'budget'
        'Something new'                                                     | ErrorCode.UPSTREAM_REJECTED  | null
    }

    def 'a rate-limited action says when to retry'() {
        expect:
        HyperliquidErrors.actionRefused('Too many requests', 'exchange/order').retryAfter().isPresent()
        HyperliquidErrors.actionRefused('Too many requests', 'exchange/order').retryable()
    }

    def 'a long venue message is clipped'() {
        expect:
        (HyperliquidErrors.itemRefused('x' * 500, 'exchange/order').details().venue_message as String).length() <= 201
    }

    def 'a 4xx keeps the status and the body as the venue message'() {
        when:
        def e = HyperliquidErrors.httpStatus(new UpstreamResponse(400, [:], '{"code":400,"msg":"bad request"}'), 'info/meta')

        then:
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 400
        e.details().venue_message.contains('bad request')
    }

    def 'an unreadable answer is UPSTREAM_ERROR'() {
        expect:
        HyperliquidErrors.unparseable('info/meta').code() == ErrorCode.UPSTREAM_ERROR
    }
}
