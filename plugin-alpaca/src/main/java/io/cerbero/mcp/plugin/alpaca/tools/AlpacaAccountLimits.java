package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Account;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The account's own limits, shown beside an order's answer: Alpaca refuses an order above the buying power (HTTP
 * 403) and flags pattern day traders (4+ day trades in 5 days under $25 000 equity locks day trading), so a bot sees
 * them in the answer rather than after the refusal.
 */
final class AlpacaAccountLimits {
    private AlpacaAccountLimits() {
    }

    static Map<String, Object> of(Account account, OrderAck ack) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "buying_power", account.buyingPower());
        put(out, "daytrading_buying_power", account.daytradingBuyingPower());
        put(out, "pattern_day_trader", account.patternDayTrader());
        put(out, "daytrade_count", account.daytradeCount());
        put(out, "trading_blocked", account.tradingBlocked());
        BigDecimal added = added(ack.leverage());
        if (added != null && account.buyingPower() != null && added.compareTo(account.buyingPower()) > 0) {
            out.put("warning", "the order adds " + added.toPlainString() + " USD of exposure, above the buying power "
                    + "of " + account.buyingPower().toPlainString() + ": Alpaca refuses it with HTTP 403");
        } else if (Boolean.TRUE.equals(account.patternDayTrader())) {
            out.put("warning", "the account is flagged pattern day trader: day trades need 25000 USD of equity");
        }
        return out;
    }

    private static BigDecimal added(LeverageReport leverage) {
        if (leverage == null || leverage.exposureAfter() == null || leverage.exposureBefore() == null) {
            return null;
        }
        return leverage.exposureAfter().subtract(leverage.exposureBefore());
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
