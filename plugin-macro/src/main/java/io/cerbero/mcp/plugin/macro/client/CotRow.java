package io.cerbero.mcp.plugin.macro.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One weekly row of a Commitments of Traders dataset, whatever the report type. */
public interface CotRow {

    /** {@code market_and_exchange_names}: {@code BITCOIN - CHICAGO MERCANTILE EXCHANGE}. */
    String marketAndExchangeNames();

    /** {@code cftc_contract_market_code}: {@code 133741}. */
    String cftcContractMarketCode();

    /** {@code report_date_as_yyyy_mm_dd}, as sent: {@code 2024-05-14T00:00:00.000}. */
    String reportDateAsYyyyMmDd();

    /** {@code open_interest_all}, contracts. */
    BigDecimal openInterestAll();

    /** {@code futonly_or_combined} where the dataset carries it ({@code FutOnly} / {@code Combined}). */
    String futonlyOrCombined();

    /** The positions of each trader class of this report type, in the report's order. */
    List<CotPosition> positions();

    /** The report date (the Tuesday the positions are as of), or {@code null} when absent or unreadable. */
    default LocalDate reportDate() {
        String raw = reportDateAsYyyyMmDd();
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
