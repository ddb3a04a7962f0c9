package io.cerbero.mcp.plugin.bybit.client;

import java.util.List;

/**
 * Every Bybit v5 answer: {@code {"retCode":0,"retMsg":"OK","result":{...},"retExtInfo":{},"time":...}}.
 * Success is {@code retCode == 0} whatever the HTTP status; {@link BybitClient} turns anything else into an error
 * before a caller sees the envelope.
 *
 * @param retCode    0 on success
 * @param retMsg     "OK", "success", "" or the error text
 * @param result     the endpoint's payload
 * @param retExtInfo extra info; for batch orders the per-item status list
 * @param time       venue time in epoch ms
 */
public record BybitEnvelope<T>(Integer retCode, String retMsg, T result, ExtInfo retExtInfo, Long time) {

    /** The result, or UPSTREAM_ERROR when a successful envelope carries none. */
    public T requireResult() {
        if (result == null) {
            throw io.cerbero.mcp.core.spi.ToolException.upstreamError("Bybit sent a success envelope without a result");
        }
        return result;
    }

    /** The venue's response time, if sent. */
    public java.time.Instant timestamp() {
        return time == null ? null : java.time.Instant.ofEpochMilli(time);
    }

    /** {@code retExtInfo}: empty for most endpoints, {@code list} of per-item statuses for batch endpoints. */
    public record ExtInfo(List<ItemStatus> list) {
    }

    /** One batch item's outcome: {@code code} 0 = accepted. */
    public record ItemStatus(Integer code, String msg) {
    }
}
