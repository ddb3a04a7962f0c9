package io.cerbero.mcp.plugin.deribit.trading;

import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Instrument;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.TickStep;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How a {@code public/get_instruments} row maps onto core's {@link InstrumentRules} and the unified model:
 * <ul>
 *   <li>inverse ({@code instrument_type: reversed}) perpetuals and futures: qty in <b>USD</b>, step
 *       {@code contract_size} (10 USD for BTC), minimum {@code min_trade_amount};</li>
 *   <li>options: qty in the <b>coin</b>, step and minimum {@code min_trade_amount} (0.1 BTC); prices of inverse
 *       options in the coin;</li>
 *   <li>linear and spot: qty in the coin, step {@code contract_size}, minimum {@code min_trade_amount};</li>
 *   <li>tick: {@code tick_size}, or the {@code tick_size_steps} tick of the band the price falls in.</li>
 * </ul>
 */
public final class DeribitInstrumentRules {
    private DeribitInstrumentRules() {
    }

    public static InstrumentRules of(Instrument i, BigDecimal price) {
        BigDecimal step = kind(i) == InstrumentKind.option ? i.minTradeAmount() : i.contractSize();
        return new InstrumentRules(i.instrumentName(), kind(i), Boolean.TRUE.equals(i.isActive()), tick(i, price),
                null, step, i.minTradeAmount(), null, null, null, null, null, qtyUnit(i));
    }

    public static boolean inverse(Instrument i) {
        return "reversed".equals(i.instrumentType()) && !"option".equals(baseKind(i));
    }

    /** Deribit's kind ({@code future}, {@code option}, {@code spot}, {@code future_combo} …) in the unified set. */
    public static InstrumentKind kind(Instrument i) {
        return switch (baseKind(i)) {
            case "option" -> InstrumentKind.option;
            case "spot" -> InstrumentKind.spot;
            default -> "perpetual".equals(i.settlementPeriod()) ? InstrumentKind.perpetual : InstrumentKind.future;
        };
    }

    public static SizeUnit qtyUnit(Instrument i) {
        return inverse(i) ? SizeUnit.quote : SizeUnit.base;
    }

    /** The tick for {@code price}: the base tick, or the coarser one of the highest band at or below the price. */
    public static BigDecimal tick(Instrument i, BigDecimal price) {
        BigDecimal tick = i.tickSize();
        List<TickStep> steps = i.tickSizeSteps() == null ? List.of() : i.tickSizeSteps();
        if (price == null) {
            return tick;
        }
        for (TickStep s : steps.stream().filter(s -> s.abovePrice() != null && s.tickSize() != null)
                .sorted(Comparator.comparing(TickStep::abovePrice)).toList()) {
            if (price.compareTo(s.abovePrice()) >= 0) {
                tick = s.tickSize();
            }
        }
        return tick;
    }

    private static String baseKind(Instrument i) {
        String kind = i.kind() == null ? "future" : i.kind();
        return kind.startsWith("option") ? "option" : kind.startsWith("spot") ? "spot" : "future";
    }
}
