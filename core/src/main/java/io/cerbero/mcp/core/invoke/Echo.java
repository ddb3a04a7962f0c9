package io.cerbero.mcp.core.invoke;

/**
 * Shortens caller-supplied text before it is echoed in an error message, so a hostile request (a 1 MB tool name,
 * a multi-line value) is never reflected back in full.
 */
public final class Echo {
    private Echo() {
    }

    /** {@code text} on one line, cut to {@code max} characters with an ellipsis; empty for null. */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
