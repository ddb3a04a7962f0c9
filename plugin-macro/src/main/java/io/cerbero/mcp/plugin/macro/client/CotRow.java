package io.cerbero.mcp.plugin.macro.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One weekly row of a Commitments of Traders dataset, whatever the report type.
 *
 * @param marketAndExchangeNames {@code market_and_exchange_names}: {@code BITCOIN - CHICAGO MERCANTILE EXCHANGE}
 * @param cftcContractMarketCode {@code cftc_contract_market_code}: {@code 133741}
 * @param reportDateAsYyyyMmDd   {@code report_date_as_yyyy_mm_dd}, as sent: {@code 2024-05-14T00:00:00.000}
 * @param futonlyOrCombined      {@code futonly_or_combined} where the dataset carries it ({@code FutOnly} /
 *                               {@code Combined})
 * @param openInterestAll        {@code open_interest_all}, contracts
 * @param positions              the positions of each trader class of the report, in the report's order
 */
public record CotRow(String marketAndExchangeNames, String cftcContractMarketCode, String reportDateAsYyyyMmDd,
                     String futonlyOrCombined, BigDecimal openInterestAll, List<CotPosition> positions) {

    public CotRow {
        positions = List.copyOf(positions);
    }

    /** The report date (the Tuesday the positions are as of), or {@code null} when absent or unreadable. */
    public LocalDate reportDate() {
        String raw = reportDateAsYyyyMmDd;
        if (raw == null || raw.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(raw.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
