package io.cerbero.mcp.core.model;

/**
 * What a size counts. Venues differ: Bybit linear and Hyperliquid count the base coin, Deribit inverse futures
 * count USD, Deribit options count the coin, Alpaca counts shares (base).
 */
public enum SizeUnit {
    /** Units of the base asset: BTC for BTCUSDT, shares for AAPL. */
    base,
    /** Units of the quote currency (USD for inverse contracts). */
    quote,
    /** Venue contracts; multiply by the instrument's {@code contract_size} for base units. */
    contracts
}
