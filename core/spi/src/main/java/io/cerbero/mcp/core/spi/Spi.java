package io.cerbero.mcp.core.spi;

/**
 * The SPI version a plugin is compiled against.
 *
 * <p>The rule: {@link #VERSION} goes up by one whenever the SPI gains a member (a default method, a new type) that
 * a plugin may call; a plugin built against version N then runs on every host from N up, because the SPI only grows
 * by additions. A host refuses, with one startup line, a plugin built against a NEWER version than its own (the
 * plugin may call members this host lacks) and one older than {@link #OLDEST_SUPPORTED}, which moves up only if a
 * member is ever removed or changed incompatibly.
 *
 * <p>The build records the version in each jar's manifest ({@code Cerbero-Spi-Version}, from the root pom's
 * {@code cerbero.spi.version} property, which must equal {@link #VERSION}); the host reads it there, because the
 * default {@link ExchangePlugin#spiVersion()} runs from the host's own copy of the interface.
 */
public final class Spi {
    /**
     * Current version of this SPI. Version 3 added {@code ToolResult.cachedAtMost}, the weighted and per-minute
     * upstream budgets, and the order pipeline's amend entry, {@code AccountScope} and reference price.
     */
    public static final int VERSION = 3;

    /**
     * The oldest SPI version a plugin may be built against and still run on this host. Version 2 removed the default
     * of {@link Tool#effect()} (every tool states READ or WRITE), so a plugin built against version 1 may lack it.
     */
    public static final int OLDEST_SUPPORTED = 2;

    private Spi() {
    }
}
