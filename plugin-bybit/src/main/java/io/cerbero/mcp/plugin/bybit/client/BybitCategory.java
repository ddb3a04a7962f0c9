package io.cerbero.mcp.plugin.bybit.client;

/** Bybit v5 product type; the enum names are the venue's own {@code category} values. */
public enum BybitCategory {
    linear, inverse, spot, option;

    /** Perpetuals and dated futures: positions, leverage, funding. */
    public boolean isDerivative() {
        return this == linear || this == inverse;
    }

    /** Most orders one create-batch call accepts: 10 for spot, 20 otherwise. */
    public int maxBatchSize() {
        return this == spot ? 10 : 20;
    }
}
