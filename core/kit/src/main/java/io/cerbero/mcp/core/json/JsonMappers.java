package io.cerbero.mcp.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON configurations of the gateway: {@link #create()} for tool inputs and outputs, shared by the host and
 * plugins, and {@link #venue()} for plugins' own venue traffic.
 *
 * <p>{@link #create()}:
 * <ul>
 *   <li>snake_case property names for records ({@code reduceOnly} ↔ {@code reduce_only});</li>
 *   <li>every JSON decimal read as {@link java.math.BigDecimal}, never through {@code double};
 *       numbers may also be sent as decimal strings;</li>
 *   <li>strict: unknown properties, trailing tokens, NaN, deep nesting and absurd magnitudes are rejected, so bad
 *       input fails at parse time with a message naming the field. A missing primitive takes its default
 *       ({@code dry_run} absent means false); use a boxed type where absence must be detected.</li>
 * </ul>
 */
public final class JsonMappers {
    /** Deepest nesting accepted in a request body. Tool inputs are flat; this only stops hostile bodies. */
    public static final int MAX_NESTING_DEPTH = 32;

    private JsonMappers() {
    }

    /**
     * Jackson coerces scalars freely by default ({@code "symbol": true} → "true", {@code 0} → false,
     * {@code 5.7} → 5). A trading input must mean what it says, so these fail instead; decimal strings for numbers
     * stay allowed.
     */
    private static void refuseLossyCoercions(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /**
     * The mapper for a venue's own wire format (parsing venue answers, writing venue request bodies), separate from
     * the strict tool-facing {@link #create()} mapper:
     * <ul>
     *   <li>property names as the venue spells them (no naming strategy: use {@code @JsonProperty} where a Java name
     *       differs);</li>
     *   <li>unknown fields ignored: venues add fields freely and that must not break a plugin;</li>
     *   <li>decimals exact as {@link java.math.BigDecimal}, from JSON numbers or decimal strings, never through
     *       {@code double}; written back as plain strings of digits, never {@code 1E+1};</li>
     *   <li>an empty string read as {@code null} for objects, decimals and enums ({@code "markPrice": ""} is "no
     *       value", not an error);</li>
     *   <li>{@code java.time} types supported.</li>
     * </ul>
     * Each call returns a new mapper; keep one per client. Plugins get Jackson from the host, so this mapper is the
     * same class in every plugin.
     */
    public static ObjectMapper venue() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .addModule(new JavaTimeModule())
                .addModule(new VenueDecimalModule())
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        return mapper;
    }

    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // request bodies are read as trees first: keep 0.10 as 0.10, not 0.1 (exact scale end to end)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(new JavaTimeModule())
                .addModule(new SafeDecimalModule())
                .build();
        refuseLossyCoercions(mapper);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(64)
                .maxStringLength(1_000_000)
                .build());
        return mapper;
    }
}
