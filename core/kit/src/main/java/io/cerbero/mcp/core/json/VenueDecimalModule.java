package io.cerbero.mcp.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@link BigDecimal} from what venues send: a JSON number or a decimal string, exactly (never through
 * {@code double}); a blank string is {@code null} (the venue's way of saying "no value"). Anything else that is
 * not a decimal fails the parse. Used by {@link JsonMappers#venue()}.
 */
final class VenueDecimalModule extends SimpleModule {

    VenueDecimalModule() {
        super("cerbero-venue-decimal");
        addDeserializer(BigDecimal.class, new VenueDecimalDeserializer());
    }

    private static final class VenueDecimalDeserializer extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal");
                }
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }
}
