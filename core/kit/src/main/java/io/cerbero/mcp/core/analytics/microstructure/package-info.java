/**
 * Order-book microstructure metrics ({@link io.cerbero.mcp.core.analytics.microstructure.OrderBook}):
 * top-N imbalance, depth-weighted (micro) mid and spread in basis points. Hand-written: they are a few
 * sums over primitive arrays; no library is warranted.
 */
package io.cerbero.mcp.core.analytics.microstructure;
