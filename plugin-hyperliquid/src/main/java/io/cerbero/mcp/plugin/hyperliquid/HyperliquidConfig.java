package io.cerbero.mcp.plugin.hyperliquid;

import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidSigner;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plugin's config for one environment, read once when the session opens. Hyperliquid separates the account
 * (the wallet whose positions are read and traded) from the API wallet that signs for it.
 *
 * @param walletAddress    {@code HYPERLIQUID_WALLET_ADDRESS}: the account queried and traded (lower-case)
 * @param apiWalletAddress {@code HYPERLIQUID_API_WALLET_ADDRESS}: the signer's address, checked against the key
 * @param privateKey       {@code HYPERLIQUID_PRIVATE_KEY}: the API wallet's key
 * @param marketSlippage   {@code HYPERLIQUID_MARKET_SLIPPAGE}: default bound of market orders, a fraction of mid
 * @param walletVariable   variable names, for messages
 */
public record HyperliquidConfig(Optional<String> walletAddress, Optional<String> apiWalletAddress,
                                Optional<Secret> privateKey, BigDecimal marketSlippage, String walletVariable,
                                String apiWalletVariable, String keyVariable) {
    public static final String WALLET_ADDRESS = "WALLET_ADDRESS";
    public static final String API_WALLET_ADDRESS = "API_WALLET_ADDRESS";
    public static final String PRIVATE_KEY = "PRIVATE_KEY";
    public static final String MARKET_SLIPPAGE = "MARKET_SLIPPAGE";
    public static final String DEFAULT_MARKET_SLIPPAGE = "0.05";
    public static final String DEFAULT_MAX_LEVERAGE = "3";
    /** Market orders may not be bounded looser than this. */
    static final BigDecimal MAX_SLIPPAGE = new BigDecimal("0.5");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    /** Reads and checks the values; a malformed one is NOT_CONFIGURED naming its variable. */
    public static HyperliquidConfig from(PluginConfig config) {
        Optional<String> wallet = address(config, WALLET_ADDRESS);
        Optional<String> apiWallet = address(config, API_WALLET_ADDRESS);
        Optional<Secret> key = config.secret(PRIVATE_KEY).filter(s -> !s.reveal().isBlank());
        BigDecimal slippage = config.decimal(MARKET_SLIPPAGE).orElse(new BigDecimal(DEFAULT_MARKET_SLIPPAGE));
        if (slippage.signum() <= 0 || slippage.compareTo(MAX_SLIPPAGE) > 0) {
            throw ToolException.notConfigured(config.variableName(MARKET_SLIPPAGE) + " must be above 0 and at most "
                    + MAX_SLIPPAGE.toPlainString());
        }
        return new HyperliquidConfig(wallet, apiWallet, key, slippage, config.variableName(WALLET_ADDRESS),
                config.variableName(API_WALLET_ADDRESS), config.variableName(PRIVATE_KEY));
    }

    /** The account address for per-user reads and trading, or NOT_CONFIGURED. */
    public String requireWallet() {
        return walletAddress.orElseThrow(() -> ToolException.notConfigured(walletVariable
                        + " is not set for this environment; account tools need the address of the account")
                .withFix("set " + walletVariable + " (or its _TESTNET / _LIVE variant) and restart"));
    }

    /**
     * The API wallet's signer, or NOT_CONFIGURED: no key, a malformed key, or a key that is not the configured
     * API wallet's. Messages name variables, never values.
     */
    public HyperliquidSigner requireSigner() {
        Secret key = privateKey.orElseThrow(() -> ToolException.notConfigured(keyVariable
                        + " is not set for this environment; trading needs the API wallet's private key")
                .withFix("set " + keyVariable + " (or its _TESTNET / _LIVE variant) and restart"));
        HyperliquidSigner signer;
        try {
            signer = HyperliquidSigner.of(key);
        } catch (IllegalArgumentException e) {
            throw ToolException.notConfigured(keyVariable + " is malformed: " + e.getMessage());
        }
        if (apiWalletAddress.isPresent() && !apiWalletAddress.get().equals(signer.address())) {
            throw ToolException.notConfigured(keyVariable + " is not the key of " + apiWalletVariable + " "
                            + apiWalletAddress.get())
                    .withFix("set the API wallet's own private key, or correct " + apiWalletVariable);
        }
        return signer;
    }

    private static Optional<String> address(PluginConfig config, String key) {
        Optional<String> value = config.get(key).map(String::trim).filter(s -> !s.isEmpty());
        if (value.isPresent() && !ADDRESS.matcher(value.get()).matches()) {
            throw ToolException.notConfigured(config.variableName(key) + " must be 0x and 40 hex digits");
        }
        return value.map(s -> s.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "HyperliquidConfig[wallet=" + walletAddress.orElse("unset") + ", apiWallet="
                + apiWalletAddress.orElse("unset") + ", privateKey=" + (privateKey.isPresent() ? "****" : "unset")
                + ", marketSlippage=" + marketSlippage.toPlainString() + "]";
    }
}
