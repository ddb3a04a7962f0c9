package io.cerbero.mcp.bench;

import io.cerbero.mcp.core.analytics.Series;
import io.cerbero.mcp.core.analytics.indicators.Adx;
import io.cerbero.mcp.core.analytics.indicators.Atr;
import io.cerbero.mcp.core.analytics.indicators.Bollinger;
import io.cerbero.mcp.core.analytics.indicators.BollingerBands;
import io.cerbero.mcp.core.analytics.indicators.AdxSeries;
import io.cerbero.mcp.core.analytics.indicators.Ema;
import io.cerbero.mcp.core.analytics.indicators.Macd;
import io.cerbero.mcp.core.analytics.indicators.MacdSeries;
import io.cerbero.mcp.core.analytics.indicators.Rsi;
import io.cerbero.mcp.core.analytics.indicators.Sma;
import io.cerbero.mcp.core.analytics.options.DealerGammaExposure;
import io.cerbero.mcp.core.analytics.options.GammaProfile;
import io.cerbero.mcp.core.analytics.options.OptionContract;
import io.cerbero.mcp.core.analytics.options.OptionQuote;
import io.cerbero.mcp.core.analytics.options.Underlying;
import io.cerbero.mcp.core.analytics.volatility.Garch11;
import io.cerbero.mcp.core.analytics.volatility.GarchFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Targets (issue 3): gamma profile 1,000 options x 200 spots <= 2 ms; GARCH fit 2,000 returns <= 20 ms; each indicator on 10,000 bars <= 1 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalyticsBenchmark {

    double[] closes;
    double[] highs;
    double[] lows;
    double[] returns;
    List<OptionQuote> chain;
    List<OptionQuote> chainDistinctIv;
    double[] grid;
    double[] logGrid;
    Underlying underlying;

    @Setup
    public void setup() {
        Random rnd = new Random(42);
        int n = 10_000;
        closes = new double[n];
        highs = new double[n];
        lows = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            double open = p;
            p *= Math.exp(0.02 * rnd.nextGaussian());
            closes[i] = p;
            highs[i] = Math.max(open, p) * (1 + 0.005 * Math.abs(rnd.nextGaussian()));
            lows[i] = Math.min(open, p) * (1 - 0.005 * Math.abs(rnd.nextGaussian()));
        }
        // GARCH(1,1)-distributed returns: omega 2e-6, alpha 0.08, beta 0.9
        returns = new double[2000];
        double s2 = 1e-4;
        for (int t = 0; t < returns.length; t++) {
            returns[t] = Math.sqrt(s2) * rnd.nextGaussian();
            s2 = 2e-6 + 0.08 * returns[t] * returns[t] + 0.9 * s2;
        }
        // 1,000 options: 10 expiries x 50 strikes x call/put
        chain = new ArrayList<>();
        chainDistinctIv = new ArrayList<>();
        double spot = 60_000;
        for (int e = 1; e <= 10; e++) {
            double years = e * 14 / 365.0;
            for (int k = 0; k < 50; k++) {
                double strike = spot * (0.6 + 0.016 * k);
                double m = Math.log(strike / spot);
                double iv = 0.55 - 0.3 * m + 0.6 * m * m;
                chain.add(new OptionQuote(OptionContract.call(strike, years), iv, 100 + rnd.nextInt(1000), 10));
                chain.add(new OptionQuote(OptionContract.put(strike, years), iv, 100 + rnd.nextInt(1000), 10));
                // same chain but puts quoted 1 vol point above calls: no call/put pair can share a Gaussian term
                chainDistinctIv.add(chain.get(chain.size() - 2));
                OptionQuote put = chain.get(chain.size() - 1);
                chainDistinctIv.add(new OptionQuote(put.contract(), iv + 0.01, put.openInterest(), 10));
            }
        }
        grid = new double[200];
        for (int j = 0; j < grid.length; j++) {
            grid[j] = spot * (0.7 + 0.6 * j / 199.0);
        }
        logGrid = DealerGammaExposure.logGrid(spot * 0.7, spot * 1.3, 200);
        underlying = Underlying.ofSpot(spot);
    }

    /** Arbitrary (here evenly spaced in price) grid: one exp per (term, spot) pair; calls and puts share vols here, so 500 terms. */
    @Benchmark
    public GammaProfile gammaProfile1000x200LinearGrid() {
        return DealerGammaExposure.profile(chain, underlying, grid, 1);
    }

    /** Arbitrary grid, calls and puts with different vols: 1,000 distinct terms, 200,000 exps. */
    @Benchmark
    public GammaProfile gammaProfile1000x200LinearGridDistinctIv() {
        return DealerGammaExposure.profile(chainDistinctIv, underlying, grid, 1);
    }

    /** Log-spaced grid: multiplicative recurrence, two multiplications per pair. */
    @Benchmark
    public GammaProfile gammaProfile1000x200LogGrid() {
        return DealerGammaExposure.profile(chain, underlying, logGrid, 1);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public GarchFit garchFit2000() {
        return Garch11.fit(returns, 10);
    }

    @Benchmark
    public Series sma20() {
        return Sma.compute(closes, 20);
    }

    @Benchmark
    public Series ema20() {
        return Ema.compute(closes, 20);
    }

    @Benchmark
    public Series rsi14() {
        return Rsi.compute(closes, 14);
    }

    @Benchmark
    public MacdSeries macd() {
        return Macd.compute(closes);
    }

    @Benchmark
    public Series atr14() {
        return Atr.compute(highs, lows, closes, 14);
    }

    @Benchmark
    public AdxSeries adx14() {
        return Adx.compute(highs, lows, closes, 14);
    }

    @Benchmark
    public BollingerBands bollinger20() {
        return Bollinger.compute(closes);
    }
}
