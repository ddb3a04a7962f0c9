package io.cerbero.mcp.plugin.macro.client;

import java.util.Objects;

/**
 * One Socrata dataset of the CFTC Commitments of Traders on publicreporting.cftc.gov: a report, futures only or
 * futures and options combined. The futures-only ids are verified; the combined ids come from third-party code and
 * are unverified.
 */
public record CotDataset(CotReport report, boolean combined) {

    public CotDataset {
        Objects.requireNonNull(report, "report");
    }

    /** The Socrata dataset id: {@code /resource/<id>.json}. */
    public String id() {
        return report.datasetId(combined);
    }

    /** The value of {@code futonly_or_combined} this dataset's rows should carry when the column exists. */
    public String futonlyOrCombined() {
        return combined ? "Combined" : "FutOnly";
    }
}
