package io.cerbero.mcp.core.analytics

import com.fasterxml.jackson.databind.ObjectMapper

/**
 * Loads the committed reference data (src/test/resources/analytics/*.json, produced by
 * generate_reference.py with Debian's numpy/scipy/pandas/statsmodels) and compares numbers.
 */
class Reference {

    private static final ObjectMapper MAPPER = new ObjectMapper()

    static Map load(String name) {
        Reference.getResourceAsStream("/analytics/" + name).withCloseable { MAPPER.readValue(it, Map) }
    }

    static double[] doubles(Object list) {
        (list as List).collect { it as double } as double[]
    }

    /** |actual - expected| <= tol * max(1, |expected|) for every element (relative for large values, absolute near 0). */
    static boolean close(double[] actual, double[] expected, double tol) {
        assert actual.length == expected.length: "length ${actual.length} != ${expected.length}"
        for (int i = 0; i < actual.length; i++) {
            assert close(actual[i], expected[i], tol): "index $i: ${actual[i]} vs ${expected[i]}"
        }
        true
    }

    static boolean close(double actual, double expected, double tol) {
        Math.abs(actual - expected) <= tol * Math.max(1.0, Math.abs(expected))
    }
}
