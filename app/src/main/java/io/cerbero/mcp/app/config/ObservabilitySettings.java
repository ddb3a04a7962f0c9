package io.cerbero.mcp.app.config;

import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.spi.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may read the operator's endpoints, and how logs look.
 *
 * @param adminToken    {@code ADMIN_TOKEN}: when set, the one token that reads every audit record and the metrics;
 *                      when not set, the mainnet token does
 * @param metricsPublic {@code METRICS_PUBLIC}: {@code /metrics} without a bearer (default false)
 * @param logFormat     {@code LOG_FORMAT}: {@code json} (default) or {@code text}
 */
public record ObservabilitySettings(Optional<Secret> adminToken, boolean metricsPublic, String logFormat) {
    public static final List<String> LOG_FORMATS = List.of("json", "text");

    public static ObservabilitySettings load(ConfigSource source, GatewaySettings gateway) {
        List<String> problems = new ArrayList<>();
        Optional<String> admin = source.get("ADMIN_TOKEN").map(String::strip).filter(s -> !s.isEmpty());
        admin.ifPresent(token -> {
            if (token.length() < GatewaySettings.MIN_TOKEN_LENGTH) {
                problems.add("ADMIN_TOKEN must be at least " + GatewaySettings.MIN_TOKEN_LENGTH + " characters");
            } else if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                problems.add("ADMIN_TOKEN must be printable ASCII without spaces");
            }
            if (token.equals(gateway.testnetToken().reveal()) || token.equals(gateway.mainnetToken().reveal())) {
                problems.add("ADMIN_TOKEN must differ from TESTNET_TOKEN and MAINNET_TOKEN");
            }
        });
        String publicRaw = source.get("METRICS_PUBLIC").orElse("false").strip().toLowerCase(Locale.ROOT);
        if (!publicRaw.equals("true") && !publicRaw.equals("false")) {
            problems.add("METRICS_PUBLIC must be true or false (got '" + publicRaw + "')");
        }
        String format = source.get("LOG_FORMAT").orElse("json").strip().toLowerCase(Locale.ROOT);
        if (!LOG_FORMATS.contains(format)) {
            problems.add("LOG_FORMAT must be json or text (got '" + format + "')");
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new ObservabilitySettings(admin.map(Secret::of), Boolean.parseBoolean(publicRaw), format);
    }

    @Override
    public String toString() {
        return "ObservabilitySettings[adminToken=" + (adminToken.isPresent() ? "****" : "unset") + ", metricsPublic="
                + metricsPublic + ", logFormat=" + logFormat + "]";
    }
}
