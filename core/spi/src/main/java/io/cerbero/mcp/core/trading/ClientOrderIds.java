package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.ToolException;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Client order ids, so a retried call can be recognised (design: "every order carries a client order id").
 *
 * <p>Generated ids are {@code <prefix><epoch ms in base36>-<random base36>}, e.g.
 * {@code cmcp-m5fqz8ow-3k9x0c1q7a} with the defaults (24 characters). Time comes from the host {@link Clock}
 * (injected, so tests are deterministic and ids sort by creation time); the random part, from the session's
 * {@code SecureRandom}, keeps ids unique. Generated ids use only {@code 0-9 a-z -} plus the prefix.
 *
 * <p>Caller-given ids are checked against {@link #ALLOWED} ({@code A-Z a-z 0-9 - _}, a charset every venue so far
 * accepts) and the venue's maximum length. A venue whose ids have another shape (Hyperliquid's 128-bit hex
 * {@code cloid}) generates its own.
 *
 * <p>Immutable and thread-safe; keep one per plugin in a constant.
 */
public final class ClientOrderIds implements ClientOrderIdFormat {
    /** Prefix of generated ids: recognisable as the gateway's in the venue's order history. */
    public static final String DEFAULT_PREFIX = "cmcp-";
    /** Random characters of a generated id: 36^10 ≈ 3.7e15 per millisecond. */
    public static final int DEFAULT_RANDOM_CHARS = 10;
    /** The characters a caller-given id may use. */
    public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");
    /** Base36 of any epoch millisecond before the year 5188 fits in this many characters. */
    static final int MAX_TIME_CHARS = 9;

    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final String prefix;
    private final int maxLength;
    private final int randomChars;

    /**
     * @param prefix      start of every generated id, of {@link #ALLOWED} characters (may be empty)
     * @param maxLength   the venue's limit (Bybit orderLinkId 36, Deribit label 64, Alpaca 128)
     * @param randomChars random base36 characters per generated id (at least 8)
     * @throws IllegalArgumentException when a generated id could exceed {@code maxLength}
     */
    public ClientOrderIds(String prefix, int maxLength, int randomChars) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.isEmpty() && !ALLOWED.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must use A-Z a-z 0-9 - _ only: " + prefix);
        }
        if (randomChars < 8) {
            throw new IllegalArgumentException("at least 8 random characters, got " + randomChars);
        }
        if (prefix.length() + MAX_TIME_CHARS + 1 + randomChars > maxLength) {
            throw new IllegalArgumentException("ids of prefix '" + prefix + "' with " + randomChars
                    + " random characters can exceed " + maxLength + " characters");
        }
        this.prefix = prefix;
        this.maxLength = maxLength;
        this.randomChars = randomChars;
    }

    /** Default prefix and random part within {@code maxLength}. */
    public static ClientOrderIds withMaxLength(int maxLength) {
        return new ClientOrderIds(DEFAULT_PREFIX, maxLength, DEFAULT_RANDOM_CHARS);
    }

    /** A new id from the clock and the random generator (use the session's {@code SecureRandom}). */
    public String generate(Clock clock, RandomGenerator random) {
        StringBuilder id = new StringBuilder(prefix).append(Long.toString(clock.millis(), 36)).append('-');
        for (int i = 0; i < randomChars; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /**
     * The caller's id when given (checked), else a generated one.
     *
     * @throws ToolException INVALID_INPUT when the given id is not valid
     */
    @Override
    public String givenOrGenerate(String given, Clock clock, RandomGenerator random) {
        return given == null ? generate(clock, random) : require(given, "client_order_id");
    }

    /** Whether {@code id} is 1-{@link #maxLength()} characters of {@link #ALLOWED}. */
    public boolean isValid(String id) {
        return id != null && !id.isEmpty() && id.length() <= maxLength && ALLOWED.matcher(id).matches();
    }

    /**
     * A caller-given id, checked.
     *
     * @param field the JSON field for the message ({@code client_order_id})
     * @throws ToolException INVALID_INPUT naming the field, the length limit and the charset
     */
    public String require(String id, String field) {
        if (!isValid(id)) {
            throw ToolException.invalidInput(field + " must be 1-" + maxLength
                    + " characters of A-Z a-z 0-9 - _");
        }
        return id;
    }

    public String prefix() {
        return prefix;
    }

    public int maxLength() {
        return maxLength;
    }

    public int randomChars() {
        return randomChars;
    }

    @Override
    public String toString() {
        return "ClientOrderIds[" + prefix + "…, max " + maxLength + "]";
    }
}
