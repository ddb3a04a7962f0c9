package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the Traders in Financial Futures report (Socrata {@code gpe5-46if} futures only, {@code yw9f-hn96}
 * combined). Every value comes as a string. Some columns exist with and without an {@code _all} suffix depending
 * on the dataset's vintage, hence the aliases.
 */
public record TffRow(
        @JsonProperty("market_and_exchange_names") String marketAndExchangeNames,
        @JsonProperty("cftc_contract_market_code") String cftcContractMarketCode,
        @JsonProperty("report_date_as_yyyy_mm_dd") String reportDateAsYyyyMmDd,
        @JsonProperty("futonly_or_combined") String futonlyOrCombined,
        @JsonProperty("open_interest_all") BigDecimal openInterestAll,
        @JsonProperty("dealer_positions_long_all") @JsonAlias("dealer_positions_long") BigDecimal dealerLong,
        @JsonProperty("dealer_positions_short_all") @JsonAlias("dealer_positions_short") BigDecimal dealerShort,
        @JsonProperty("asset_mgr_positions_long") @JsonAlias("asset_mgr_positions_long_all") BigDecimal assetMgrLong,
        @JsonProperty("asset_mgr_positions_short") @JsonAlias("asset_mgr_positions_short_all") BigDecimal assetMgrShort,
        @JsonProperty("lev_money_positions_long") @JsonAlias("lev_money_positions_long_all") BigDecimal levMoneyLong,
        @JsonProperty("lev_money_positions_short") @JsonAlias("lev_money_positions_short_all") BigDecimal levMoneyShort,
        @JsonProperty("other_rept_positions_long") @JsonAlias("other_rept_positions_long_all") BigDecimal otherReptLong,
        @JsonProperty("other_rept_positions_short") @JsonAlias("other_rept_positions_short_all") BigDecimal otherReptShort,
        @JsonProperty("nonrept_positions_long_all") @JsonAlias("nonrept_positions_long") BigDecimal nonReptLong,
        @JsonProperty("nonrept_positions_short_all") @JsonAlias("nonrept_positions_short") BigDecimal nonReptShort)
        implements CotRow {

    /** Trader classes of the TFF report, as the tools name them. */
    public static final List<String> CLASSES = List.of("dealer", "asset_manager", "leveraged_funds",
            "other_reportables", "non_reportables");

    @Override
    public List<CotPosition> positions() {
        return List.of(
                new CotPosition("dealer", dealerLong, dealerShort, "dealer_positions_long_all",
                        "dealer_positions_short_all"),
                new CotPosition("asset_manager", assetMgrLong, assetMgrShort, "asset_mgr_positions_long",
                        "asset_mgr_positions_short"),
                new CotPosition("leveraged_funds", levMoneyLong, levMoneyShort, "lev_money_positions_long",
                        "lev_money_positions_short"),
                new CotPosition("other_reportables", otherReptLong, otherReptShort, "other_rept_positions_long",
                        "other_rept_positions_short"),
                new CotPosition("non_reportables", nonReptLong, nonReptShort, "nonrept_positions_long_all",
                        "nonrept_positions_short_all"));
    }
}
