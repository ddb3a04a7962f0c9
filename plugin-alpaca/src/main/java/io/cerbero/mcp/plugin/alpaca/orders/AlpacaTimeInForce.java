package io.cerbero.mcp.plugin.alpaca.orders;

/**
 * Alpaca's time in force, spelled as the venue and the tool input spell it: day (default), gtc, opg (market on
 * open), cls (market on close), ioc, fok. Options accept day and gtc only.
 */
public enum AlpacaTimeInForce {
    day, gtc, opg, cls, ioc, fok
}
