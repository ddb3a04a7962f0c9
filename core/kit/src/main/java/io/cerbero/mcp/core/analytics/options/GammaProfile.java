package io.cerbero.mcp.core.analytics.options;

import java.util.OptionalDouble;

/**
 * Net dealer gamma exposure across a spot grid and the zero-gamma flip level (the grid crossing
 * nearest to the current spot, linearly interpolated; empty when net gamma never changes sign on the grid).
 */
public record GammaProfile(double[] spots, double[] netGex, OptionalDouble zeroGammaLevel) {
}
