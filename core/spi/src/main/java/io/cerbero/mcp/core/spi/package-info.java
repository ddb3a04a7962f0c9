/**
 * The plugin SPI: everything a plugin jar compiles against.
 *
 * <p>A plugin is an {@link io.cerbero.mcp.core.spi.ExchangePlugin} found with {@link java.util.ServiceLoader}.
 * The host asks it for its declared config keys, upstreams and tools once at startup, then opens one
 * {@link io.cerbero.mcp.core.spi.PluginSession} per environment on first use, handing it a
 * {@link io.cerbero.mcp.core.spi.PluginContext}. Tools are small typed handlers of a Java record input.
 *
 * <p>Evolution rule: new members are added as default methods; {@link io.cerbero.mcp.core.spi.Spi#VERSION}
 * changes only on a breaking change, and the host refuses a plugin built for another version.
 *
 * <p>Errors: a plugin reports every failure as a {@link io.cerbero.mcp.core.spi.ToolException} carrying a code from
 * the closed set {@link io.cerbero.mcp.core.spi.ErrorCode}; anything else escaping a handler becomes
 * {@code UNHANDLED_EXCEPTION} (HTTP 500, no stack trace in the body).
 */
package io.cerbero.mcp.core.spi;
