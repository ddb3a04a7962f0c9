package io.cerbero.mcp.plugin.macro.client;

import java.util.List;

/**
 * A CFTC Commitments of Traders report type: its Socrata datasets and, per trader class, the columns its long and
 * short positions are read from. Every value comes as a string. Some columns exist with and without an
 * {@code _all} suffix depending on the dataset's vintage, hence the alternate spellings.
 *
 * @param label                how the tools name the report in their answers
 * @param futuresOnlyDatasetId the Socrata dataset of futures positions only
 * @param combinedDatasetId    the Socrata dataset of futures and options combined
 * @param traderClasses        in the report's order
 */
public record CotReport(String label, String futuresOnlyDatasetId, String combinedDatasetId,
                        List<TraderClass> traderClasses) {

    /** Traders in Financial Futures. */
    public static final CotReport TFF = new CotReport("traders_in_financial_futures", "gpe5-46if", "yw9f-hn96",
            List.of(TraderClass.of("dealer", "dealer_positions_long_all", "dealer_positions_long"),
                    TraderClass.of("asset_manager", "asset_mgr_positions_long", "asset_mgr_positions_long_all"),
                    TraderClass.of("leveraged_funds", "lev_money_positions_long", "lev_money_positions_long_all"),
                    TraderClass.of("other_reportables", "other_rept_positions_long", "other_rept_positions_long_all"),
                    TraderClass.of("non_reportables", "nonrept_positions_long_all", "nonrept_positions_long")));

    /**
     * Disaggregated (commodities). The swap dealers' short column really is {@code swap__positions_short_all}, with
     * a double underscore; the single-underscore spellings are accepted too.
     */
    public static final CotReport DISAGGREGATED = new CotReport("disaggregated", "72hh-3qpy", "kh3c-gbw2",
            List.of(TraderClass.of("producer_merchant", "prod_merc_positions_long", "prod_merc_positions_long_all"),
                    new TraderClass("swap_dealer", List.of("swap_positions_long_all", "swap_positions_long"),
                            List.of("swap__positions_short_all", "swap_positions_short_all", "swap_positions_short")),
                    TraderClass.of("managed_money", "m_money_positions_long_all", "m_money_positions_long"),
                    TraderClass.of("other_reportables", "other_rept_positions_long", "other_rept_positions_long_all"),
                    TraderClass.of("non_reportables", "nonrept_positions_long_all", "nonrept_positions_long")));

    /** The Socrata dataset id of this report, futures only or futures and options combined. */
    public String datasetId(boolean combined) {
        return combined ? combinedDatasetId : futuresOnlyDatasetId;
    }

    /**
     * One trader class and where its positions are. The first spelling of each side is the dataset's own (the one
     * named when the column is missing); the others are accepted as well.
     *
     * @param name         as the tools name it: {@code dealer}, {@code managed_money} …
     * @param longColumns  the spellings of the long-positions column, the dataset's own first
     * @param shortColumns the spellings of the short-positions column, the dataset's own first
     */
    public record TraderClass(String name, List<String> longColumns, List<String> shortColumns) {

        /** A class whose short columns are spelled as its long ones with {@code short} for {@code long}. */
        static TraderClass of(String name, String ownLongColumn, String otherLongColumn) {
            return new TraderClass(name, List.of(ownLongColumn, otherLongColumn),
                    List.of(ownLongColumn.replace("_long", "_short"), otherLongColumn.replace("_long", "_short")));
        }

        public String longColumn() {
            return longColumns.get(0);
        }

        public String shortColumn() {
            return shortColumns.get(0);
        }
    }
}
