package io.cerbero.mcp.plugin.macro.tools

/** Opens the package-private {@link PositioningStats} to the specs of the plugin's root package. */
class PositioningStatsProbe {
    static Map of(List<Double> oldestFirst) {
        def s = PositioningStats.of(oldestFirst)
        [samples: s.samples(), mean: s.mean(), stdDev: s.stdDev(), percentile: s.percentile(), zScore: s.zScore()]
    }
}
