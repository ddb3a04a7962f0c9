package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.plugin.deribit.DeribitErrors;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.VolatilityIndex;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** DVOL bars of a currency, oldest first: shared by {@code get_dvol} and {@code get_iv_rank}. */
final class DeribitDvolSeries {
    private DeribitDvolSeries() {
    }

    /** One DVOL bar, in volatility points (annualised percent: 52.3 means 52.3 %). */
    public record Bar(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant time, BigDecimal open,
                      BigDecimal high, BigDecimal low,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal close) {
    }

    static CompletableFuture<List<Bar>> fetch(DeribitSession session, String currency,
                                              DeribitDvolResolution resolution, int bars) {
        long end = session.clock().millis();
        long start = end - resolution.length().toMillis() * bars;
        return session.client().volatilityIndex(currency, start, end, resolution.resolution())
                .thenApply(answer -> bars(answer.result()));
    }

    static List<Bar> bars(VolatilityIndex index) {
        if (index == null || index.data() == null) {
            return List.of();
        }
        return index.data().stream().map(row -> {
            if (row == null || row.size() < 5 || row.get(0) == null || row.get(4) == null) {
                throw DeribitErrors.unexpectedResult("/public/get_volatility_index_data", "a row is not [ts, o, h, l, c]");
            }
            return new Bar(Instant.ofEpochMilli(row.get(0).longValue()), row.get(1), row.get(2), row.get(3),
                    row.get(4));
        }).sorted(Comparator.comparing(Bar::time)).toList();
    }
}
