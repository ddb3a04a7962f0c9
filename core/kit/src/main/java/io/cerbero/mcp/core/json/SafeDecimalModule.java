package io.cerbero.mcp.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@link BigDecimal} from a JSON number or a decimal string, refusing values no price or size can have:
 * huge exponents ({@code 1e999999999} would make {@code toPlainString()} allocate gigabytes) and excess precision.
 */
final class SafeDecimalModule extends SimpleModule {
    /** Largest |exponent| accepted; 10^30 is far beyond any price or size. */
    static final int MAX_MAGNITUDE = 30;
    /** Most significant digits accepted. */
    static final int MAX_PRECISION = 40;

    /** Plain ASCII decimals only: BigDecimal alone would also accept other scripts' digits ("١٢٣"). */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    SafeDecimalModule() {
        super("cerbero-safe-decimal");
        addDeserializer(BigDecimal.class, new SafeDecimalDeserializer());
    }

    private static final class SafeDecimalDeserializer extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value;
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = p.getDecimalValue();
            } else if (token == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.length() > 64 || !DECIMAL.matcher(text).matches()) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a plain decimal number");
                }
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal number");
                }
            } else {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            int magnitude = value.precision() - value.scale();
            if (value.precision() > MAX_PRECISION || magnitude > MAX_MAGNITUDE || value.scale() > MAX_MAGNITUDE + MAX_PRECISION) {
                return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, value,
                        "decimal out of range (at most " + MAX_PRECISION + " digits and magnitude 1e" + MAX_MAGNITUDE + ")");
            }
            return value;
        }

        @Override
        public BigDecimal getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
