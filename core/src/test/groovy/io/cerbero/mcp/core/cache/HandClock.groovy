package io.cerbero.mcp.core.cache

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock the spec moves by hand. */
class HandClock extends Clock {
    Instant now = Instant.parse('2025-01-02T10:00:00Z')

    void advance(Duration by) { now = now.plus(by) }

    @Override ZoneId getZone() { ZoneOffset.UTC }

    @Override Clock withZone(ZoneId zone) { this }

    @Override Instant instant() { now }
}
