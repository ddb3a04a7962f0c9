package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.testing.PluginHarness

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock a spec moves by hand (token expiry), starting at the harness's fixed instant. */
class MutableClock extends Clock {
    Instant now = PluginHarness.NOW

    void advance(Duration by) {
        now = now + by
    }

    @Override
    ZoneId getZone() { ZoneOffset.UTC }

    @Override
    Clock withZone(ZoneId zone) { this }

    @Override
    Instant instant() { now }
}
