package io.cerbero.mcp.core.analytics.options;

import org.hipparchus.special.Erf;

/** Standard normal pdf/cdf. The cdf uses Hipparchus {@link Erf} (double precision); the pdf is one exp. */
final class Normal {

    static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double INV_SQRT2 = 0.7071067811865476;

    private Normal() {
    }

    static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    static double cdf(double x) {
        // erfc keeps precision in the far left tail where 1 + erf(x) would cancel
        return 0.5 * Erf.erfc(-x * INV_SQRT2);
    }
}
