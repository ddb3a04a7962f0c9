package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Input checks shared by the Bybit tools' compact constructors. Each failure is INVALID_INPUT naming the field. */
final class BybitParams {
    static final int SYMBOL_MAX = 40;

    private BybitParams() {
    }

    static String symbol(String symbol) {
        return Inputs.requireToken(symbol, "symbol", SYMBOL_MAX);
    }

    /** The category, defaulting to linear, and refused when the endpoint does not serve it. */
    static BybitCategory category(BybitCategory category, BybitCategory... allowed) {
        BybitCategory value = category == null ? BybitCategory.linear : category;
        Set<BybitCategory> ok = allowed.length == 0 ? EnumSet.allOf(BybitCategory.class)
                : EnumSet.copyOf(Arrays.asList(allowed));
        if (!ok.contains(value)) {
            throw ToolException.invalidInput("category must be one of " + ok.stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + " for this tool, got " + value);
        }
        return value;
    }

    static Instant millis(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis);
    }
}
