package io.cerbero.mcp.core.spi;

/** The SPI version a plugin is compiled against. Bumped only on a breaking change. */
public final class Spi {
    /** Current major version of this SPI. */
    public static final int VERSION = 1;

    private Spi() {
    }
}
