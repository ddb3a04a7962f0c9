package io.cerbero.mcp.plugin.sentiment.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One open-interest sample.
 *
 * @param openInterest    base-coin units
 * @param openInterestUsd USD value when the venue gives it, else null
 */
public record OiPoint(Instant time, BigDecimal openInterest, BigDecimal openInterestUsd) {
}
