package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.plugin.sentiment.client.PerpOpenInterest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The estimate behind {@code get_liquidation_heatmap}. Every open contract has a long and a short holder, so each
 * side holds the venue's whole open interest (USD). Each side is spread over leverage tiers by weight, every position
 * is assumed opened at the venue's current mark price with isolated margin, and a position of leverage L is
 * liquidated where its loss eats the initial margin down to the maintenance margin m:
 * <pre>
 *   long  liquidation price = mark × (1 − 1/L + m)
 *   short liquidation price = mark × (1 + 1/L − m)
 * </pre>
 * The notional at each price is summed into buckets of equal width around the open-interest-weighted mark price.
 * Weights may sum to less than 1: the rest is taken as unleveraged or hedged and never liquidated.
 */
final class LiquidationModel {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One leverage tier: the share of each side's open interest held at this leverage. */
    record Tier(BigDecimal leverage, BigDecimal weight) {
    }

    /** Notional liquidated if the price reaches a bucket, per side, USD. */
    record Bucket(BigDecimal priceLow, BigDecimal priceHigh, BigDecimal longUsd, BigDecimal shortUsd) {
    }

    record Heatmap(BigDecimal referencePrice, BigDecimal bucketSize, List<Bucket> buckets,
                   BigDecimal outsideRangeUsd) {
    }

    private final List<Tier> tiers;
    private final BigDecimal maintenanceMargin;

    LiquidationModel(List<Tier> tiers, BigDecimal maintenanceMargin) {
        this.tiers = List.copyOf(tiers);
        this.maintenanceMargin = maintenanceMargin;
    }

    /**
     * @param bucketPct bucket width as a percentage of the reference price
     * @param rangePct  buckets cover reference ± this percentage
     */
    Heatmap estimate(List<PerpOpenInterest> venues, BigDecimal bucketPct, BigDecimal rangePct) {
        BigDecimal reference = referencePrice(venues);
        BigDecimal size = reference.multiply(bucketPct, MC).divide(HUNDRED, MC).round(new MathContext(4));
        BigDecimal low = reference.multiply(BigDecimal.ONE.subtract(rangePct.divide(HUNDRED, MC)), MC);
        BigDecimal high = reference.multiply(BigDecimal.ONE.add(rangePct.divide(HUNDRED, MC)), MC);
        Map<Long, BigDecimal[]> sums = new TreeMap<>();
        BigDecimal outside = BigDecimal.ZERO;
        for (PerpOpenInterest venue : venues) {
            for (Tier tier : tiers) {
                BigDecimal notional = venue.openInterestUsd().multiply(tier.weight(), MC);
                BigDecimal step = BigDecimal.ONE.divide(tier.leverage(), MC).subtract(maintenanceMargin);
                BigDecimal longPrice = venue.markPrice().multiply(BigDecimal.ONE.subtract(step), MC);
                BigDecimal shortPrice = venue.markPrice().multiply(BigDecimal.ONE.add(step), MC);
                outside = outside.add(add(sums, longPrice, notional, 0, size, low, high))
                        .add(add(sums, shortPrice, notional, 1, size, low, high));
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        sums.forEach((index, usd) -> {
            BigDecimal from = size.multiply(BigDecimal.valueOf(index));
            buckets.add(new Bucket(from, from.add(size), usd(usd[0]), usd(usd[1])));
        });
        return new Heatmap(reference.round(new MathContext(8)).stripTrailingZeros(), size.stripTrailingZeros(),
                buckets, usd(outside));
    }

    /** Adds notional to its bucket when the price is within range; returns what fell outside. */
    private static BigDecimal add(Map<Long, BigDecimal[]> sums, BigDecimal price, BigDecimal notional, int side,
                                  BigDecimal size, BigDecimal low, BigDecimal high) {
        if (price.compareTo(low) < 0 || price.compareTo(high) > 0 || price.signum() <= 0) {
            return notional;
        }
        long index = price.divide(size, 0, RoundingMode.FLOOR).longValueExact();
        BigDecimal[] cell = sums.computeIfAbsent(index, i -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        cell[side] = cell[side].add(notional);
        return BigDecimal.ZERO;
    }

    /** The mark prices weighted by each venue's USD open interest. */
    static BigDecimal referencePrice(List<PerpOpenInterest> venues) {
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (PerpOpenInterest v : venues) {
            weight = weight.add(v.openInterestUsd());
            sum = sum.add(v.openInterestUsd().multiply(v.markPrice(), MC));
        }
        if (weight.signum() <= 0) {
            return venues.get(0).markPrice();
        }
        return sum.divide(weight, MC);
    }

    private static BigDecimal usd(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
