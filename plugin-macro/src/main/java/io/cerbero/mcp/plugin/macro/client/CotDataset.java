package io.cerbero.mcp.plugin.macro.client;

/**
 * The Socrata datasets of the CFTC Commitments of Traders on publicreporting.cftc.gov. The futures-only ids are
 * verified; the combined (futures and options) ids come from third-party code and are unverified.
 */
public enum CotDataset {
    TFF_FUTURES_ONLY("gpe5-46if", TffRow.class, "FutOnly"),
    TFF_COMBINED("yw9f-hn96", TffRow.class, "Combined"),
    DISAGGREGATED_FUTURES_ONLY("72hh-3qpy", DisaggregatedRow.class, "FutOnly"),
    DISAGGREGATED_COMBINED("kh3c-gbw2", DisaggregatedRow.class, "Combined");

    private final String id;
    private final Class<? extends CotRow> rowType;
    private final String futonlyOrCombined;

    CotDataset(String id, Class<? extends CotRow> rowType, String futonlyOrCombined) {
        this.id = id;
        this.rowType = rowType;
        this.futonlyOrCombined = futonlyOrCombined;
    }

    /** The Socrata dataset id: {@code /resource/<id>.json}. */
    public String id() {
        return id;
    }

    public Class<? extends CotRow> rowType() {
        return rowType;
    }

    /** The value of {@code futonly_or_combined} this dataset's rows should carry when the column exists. */
    public String futonlyOrCombined() {
        return futonlyOrCombined;
    }

    public static CotDataset tff(boolean combined) {
        return combined ? TFF_COMBINED : TFF_FUTURES_ONLY;
    }

    public static CotDataset disaggregated(boolean combined) {
        return combined ? DISAGGREGATED_COMBINED : DISAGGREGATED_FUTURES_ONLY;
    }
}
