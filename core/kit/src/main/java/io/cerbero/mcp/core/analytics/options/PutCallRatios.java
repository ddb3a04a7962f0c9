package io.cerbero.mcp.core.analytics.options;

import java.util.OptionalDouble;

/** Put/call ratios by open interest and by volume; empty when the call side is zero (ratio undefined). */
public record PutCallRatios(double putOpenInterest, double callOpenInterest, OptionalDouble openInterestRatio,
                            double putVolume, double callVolume, OptionalDouble volumeRatio) {
}
