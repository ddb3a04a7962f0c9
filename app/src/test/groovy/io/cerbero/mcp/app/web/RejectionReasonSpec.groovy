package io.cerbero.mcp.app.web

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.upstream.RejectedBy
import spock.lang.Specification

/** The reason label of {@code mcp_rejections_total} comes from typed data, never from wording. */
class RejectionReasonSpec extends Specification {

    def "the upstream client's rejected_by detail names the defence"() {
        expect:
        RequestMetricsFilter.rejection(ToolException.of(code, 'refused').withDetail(RejectedBy.DETAIL, detail)) == reason

        where:
        code                   | detail                     || reason
        ErrorCode.UPSTREAM_ERROR | RejectedBy.CIRCUIT_BREAKER || 'circuit_breaker'
        ErrorCode.RATE_LIMIT   | RejectedBy.RATE_LIMITER    || 'rate_limiter'
    }

    def "without the detail a message that mentions the circuit breaker is not counted as one"() {
        expect:
        RequestMetricsFilter.rejection(ToolException.upstreamError('calls paused by the circuit breaker')) == null
    }

    def "other refusals are told apart by their code, and an unknown rejected_by value cannot grow the label set"() {
        expect:
        RequestMetricsFilter.rejection(ToolException.of(ErrorCode.RATE_LIMIT, 'HTTP 429')) == 'rate_limit'
        RequestMetricsFilter.rejection(ToolException.policyRejected('leverage')) == 'policy'
        RequestMetricsFilter.rejection(ToolException.upstreamError('HTTP 500')) == null
        RequestMetricsFilter.rejection(ToolException.upstreamError('x').withDetail(RejectedBy.DETAIL, 'made_up')) == null
    }
}
