package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.plugin.macro.client.CotReport.TraderClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the flat Socrata rows of a COT dataset into {@link CotRow}s, by the columns its {@link CotReport} names.
 * Values are converted by the given mapper, so they follow its coercions (numbers sent as strings, an empty string
 * read as absent). Where a row carries more than one spelling of a column, the dataset's own spelling wins.
 * Rows are read as plain maps rather than a tree so that decimals keep the scale they were sent with.
 */
final class CotRowReader {
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    CotRowReader(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * @throws JsonProcessingException  when the body is not a JSON array of objects
     * @throws IllegalArgumentException when the body or a row is null, or a value has the wrong type
     */
    List<CotRow> read(String body, CotReport report) throws JsonProcessingException {
        List<Map<String, Object>> rows = json.readValue(body, ROWS);
        if (rows == null) {
            throw new IllegalArgumentException("a COT answer is an array of rows, not null");
        }
        List<CotRow> read = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            if (row == null) {
                throw new IllegalArgumentException("a COT row is an object, not null");
            }
            read.add(row(row, report));
        }
        return read;
    }

    private CotRow row(Map<String, Object> row, CotReport report) {
        List<CotPosition> positions = new ArrayList<>(report.traderClasses().size());
        for (TraderClass c : report.traderClasses()) {
            positions.add(new CotPosition(c.name(), decimal(row, c.longColumns()), decimal(row, c.shortColumns()),
                    c.longColumn(), c.shortColumn()));
        }
        return new CotRow(text(row, "market_and_exchange_names"), text(row, "cftc_contract_market_code"),
                text(row, "report_date_as_yyyy_mm_dd"), text(row, "futonly_or_combined"),
                decimal(row, List.of("open_interest_all")), positions);
    }

    private String text(Map<String, Object> row, String column) {
        return value(row, List.of(column), String.class);
    }

    private BigDecimal decimal(Map<String, Object> row, List<String> spellings) {
        return value(row, spellings, BigDecimal.class);
    }

    /**
     * The first spelling the row carries a value for, converted; {@code null} when it carries none.
     *
     * @throws IllegalArgumentException when the value cannot be converted
     */
    private <T> T value(Map<String, Object> row, List<String> spellings, Class<T> type) {
        for (String column : spellings) {
            Object value = row.get(column);
            if (value != null) {
                return json.convertValue(value, type);
            }
        }
        return null;
    }
}
