package io.cerbero.mcp.app.support

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock a spec moves by hand (cache expiry, rate-limit refills), so no assertion depends on real time. */
class SettableClock extends Clock {
    private volatile Instant now

    SettableClock(Instant start) { now = start }

    void advance(Duration by) { now = now.plus(by) }

    @Override
    ZoneId getZone() { ZoneOffset.UTC }

    @Override
    Clock withZone(ZoneId zone) { this }

    @Override
    Instant instant() { now }
}
