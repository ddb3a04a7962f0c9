package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the Disaggregated report (Socrata {@code 72hh-3qpy} futures only, {@code kh3c-gbw2} combined). Every
 * value comes as a string. The swap dealers' short column really is {@code swap__positions_short_all}, with a
 * double underscore; the single-underscore spelling is accepted too.
 */
public record DisaggregatedRow(
        @JsonProperty("market_and_exchange_names") String marketAndExchangeNames,
        @JsonProperty("cftc_contract_market_code") String cftcContractMarketCode,
        @JsonProperty("report_date_as_yyyy_mm_dd") String reportDateAsYyyyMmDd,
        @JsonProperty("futonly_or_combined") String futonlyOrCombined,
        @JsonProperty("open_interest_all") BigDecimal openInterestAll,
        @JsonProperty("prod_merc_positions_long") @JsonAlias("prod_merc_positions_long_all") BigDecimal prodMercLong,
        @JsonProperty("prod_merc_positions_short") @JsonAlias("prod_merc_positions_short_all") BigDecimal prodMercShort,
        @JsonProperty("swap_positions_long_all") @JsonAlias("swap_positions_long") BigDecimal swapLong,
        @JsonProperty("swap__positions_short_all") @JsonAlias({"swap_positions_short_all", "swap_positions_short"})
        BigDecimal swapShort,
        @JsonProperty("m_money_positions_long_all") @JsonAlias("m_money_positions_long") BigDecimal managedMoneyLong,
        @JsonProperty("m_money_positions_short_all") @JsonAlias("m_money_positions_short") BigDecimal managedMoneyShort,
        @JsonProperty("other_rept_positions_long") @JsonAlias("other_rept_positions_long_all") BigDecimal otherReptLong,
        @JsonProperty("other_rept_positions_short") @JsonAlias("other_rept_positions_short_all") BigDecimal otherReptShort,
        @JsonProperty("nonrept_positions_long_all") @JsonAlias("nonrept_positions_long") BigDecimal nonReptLong,
        @JsonProperty("nonrept_positions_short_all") @JsonAlias("nonrept_positions_short") BigDecimal nonReptShort)
        implements CotRow {

    /** Trader classes of the Disaggregated report, as the tools name them. */
    public static final List<String> CLASSES = List.of("producer_merchant", "swap_dealer", "managed_money",
            "other_reportables", "non_reportables");

    @Override
    public List<CotPosition> positions() {
        return List.of(
                new CotPosition("producer_merchant", prodMercLong, prodMercShort, "prod_merc_positions_long",
                        "prod_merc_positions_short"),
                new CotPosition("swap_dealer", swapLong, swapShort, "swap_positions_long_all",
                        "swap__positions_short_all"),
                new CotPosition("managed_money", managedMoneyLong, managedMoneyShort, "m_money_positions_long_all",
                        "m_money_positions_short_all"),
                new CotPosition("other_reportables", otherReptLong, otherReptShort, "other_rept_positions_long",
                        "other_rept_positions_short"),
                new CotPosition("non_reportables", nonReptLong, nonReptShort, "nonrept_positions_long_all",
                        "nonrept_positions_short_all"));
    }
}
