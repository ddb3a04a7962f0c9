package io.cerbero.mcp.app.config;

import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.spi.Secret;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The gateway's own settings, read from environment variables and {@code .env} ({@link ConfigSource}).
 * {@link #load} checks every value and fails with one line per problem.
 *
 * <p>Tokens: both set and different; or, when neither is set and the bind address is loopback, two random tokens
 * generated for a first try on a laptop ({@link #tokensGenerated()}); on any other address both are required.
 *
 * @param host                 bind address ({@code HOST}, default 127.0.0.1)
 * @param port                 port ({@code PORT}, default 9000)
 * @param logLevel             root log level ({@code LOG_LEVEL}, default INFO)
 * @param testnetToken         bearer token for testnet calls ({@code TESTNET_TOKEN})
 * @param mainnetToken         bearer token for mainnet calls ({@code MAINNET_TOKEN})
 * @param tokensGenerated      true when the tokens were generated at startup
 * @param pluginsDir           extra plugin jars ({@code PLUGINS_DIR}, default ./plugins)
 * @param readyFailsOnDegraded {@code /health/ready} answers 503 unless ready ({@code READY_FAILS_ON_DEGRADED})
 */
public record GatewaySettings(String host, int port, String logLevel, Secret testnetToken, Secret mainnetToken,
                              boolean tokensGenerated, Path pluginsDir, boolean readyFailsOnDegraded) {
    static final int MIN_TOKEN_LENGTH = 16;
    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    public static GatewaySettings load(ConfigSource source) {
        return load(source, GatewaySettings::randomToken);
    }

    static GatewaySettings load(ConfigSource source, Supplier<String> tokenGenerator) {
        List<String> problems = new ArrayList<>();
        String host = source.get("HOST").orElse("127.0.0.1");
        int port = parsePort(source.get("PORT").orElse("9000"), problems);
        String logLevel = source.get("LOG_LEVEL").orElse("INFO").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(logLevel)) {
            problems.add("LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF (got '" + logLevel + "')");
        }
        boolean readyFails = parseBoolean("READY_FAILS_ON_DEGRADED", source.get("READY_FAILS_ON_DEGRADED").orElse("false"), problems);
        Path pluginsDir = Path.of(source.get("PLUGINS_DIR").orElse("./plugins"));

        String testnet = source.get("TESTNET_TOKEN").orElse(null);
        String mainnet = source.get("MAINNET_TOKEN").orElse(null);
        boolean generated = false;
        if (testnet == null && mainnet == null) {
            if (isLoopback(host)) {
                testnet = tokenGenerator.get();
                mainnet = tokenGenerator.get();
                generated = true;
            } else {
                problems.add("TESTNET_TOKEN and MAINNET_TOKEN are required when HOST (" + host + ") is not a loopback address");
            }
        } else if (testnet == null || mainnet == null) {
            problems.add("set both TESTNET_TOKEN and MAINNET_TOKEN (only " + (testnet == null ? "MAINNET_TOKEN" : "TESTNET_TOKEN") + " is set)");
        } else {
            checkToken("TESTNET_TOKEN", testnet, problems);
            checkToken("MAINNET_TOKEN", mainnet, problems);
            if (testnet.equals(mainnet)) {
                problems.add("TESTNET_TOKEN and MAINNET_TOKEN must differ");
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new GatewaySettings(host, port, logLevel, Secret.of(testnet), Secret.of(mainnet), generated,
                pluginsDir, readyFails);
    }

    private static void checkToken(String name, String value, List<String> problems) {
        if (value.length() < MIN_TOKEN_LENGTH) {
            problems.add(name + " must be at least " + MIN_TOKEN_LENGTH + " characters");
        } else if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            problems.add(name + " must be printable ASCII without spaces");
        }
    }

    private static int parsePort(String raw, List<String> problems) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 0 || port > 65535) {
                problems.add("PORT must be between 0 and 65535 (got " + port + ")");
            }
            return port;
        } catch (NumberFormatException e) {
            problems.add("PORT must be a number (got '" + raw + "')");
            return -1;
        }
    }

    private static boolean parseBoolean(String name, String raw, List<String> problems) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        problems.add(name + " must be true or false (got '" + raw + "')");
        return false;
    }

    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // literal addresses resolve without DNS; a hostname other than localhost is not trusted as loopback
            return (host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.contains(":"))
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "GatewaySettings[host=" + host + ", port=" + port + ", logLevel=" + logLevel + ", pluginsDir="
                + pluginsDir + ", readyFailsOnDegraded=" + readyFailsOnDegraded + ", tokens=****]";
    }
}
