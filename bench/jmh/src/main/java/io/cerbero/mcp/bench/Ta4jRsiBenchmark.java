package io.cerbero.mcp.bench;

import io.cerbero.mcp.core.analytics.Series;
import io.cerbero.mcp.core.analytics.indicators.Rsi;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;

/**
 * ta4j 0.17 vs the hand-written RSI over 10,000 closes, both starting from a double[] (which is what the
 * plugins hold): ta4j needs a BarSeries built first, so that is part of its cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Ta4jRsiBenchmark {

    double[] closes;

    @Setup
    public void setup() {
        Random rnd = new Random(42);
        closes = new double[10_000];
        double p = 100;
        for (int i = 0; i < closes.length; i++) {
            p *= Math.exp(0.02 * rnd.nextGaussian());
            closes[i] = p;
        }
    }

    @Benchmark
    public Series handWrittenRsi14() {
        return Rsi.compute(closes, 14);
    }

    @Benchmark
    public double[] ta4jRsi14DoubleNum() {
        BarSeries series = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
        ZonedDateTime t = ZonedDateTime.parse("2024-01-01T00:00:00Z");
        for (double c : closes) {
            t = t.plusMinutes(1);
            series.addBar(Duration.ofMinutes(1), t, c, c, c, c, 0);
        }
        RSIIndicator rsi = new RSIIndicator(new ClosePriceIndicator(series), 14);
        double[] out = new double[closes.length - 14];
        for (int i = 14; i < closes.length; i++) {
            out[i - 14] = rsi.getValue(i).doubleValue();
        }
        return out;
    }
}
