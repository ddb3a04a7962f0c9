package io.cerbero.mcp.plugin.sentiment.tools;

import java.util.regex.Pattern;

/**
 * Tidies third-party text before it is returned: HTML tags and control characters removed, whitespace collapsed,
 * length capped. This does not make the text safe to obey (nothing can); {@link ContentTrust} says so.
 */
final class ThirdPartyText {
    private static final Pattern TAGS = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ThirdPartyText() {
    }

    /** Null stays null; blank becomes null. */
    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String plain = SPACE.matcher(CONTROL.matcher(TAGS.matcher(text).replaceAll(" ")).replaceAll("")).replaceAll(" ")
                .strip();
        if (plain.isEmpty()) {
            return null;
        }
        return plain.length() <= maxLength ? plain : plain.substring(0, maxLength - 1).stripTrailing() + "…";
    }
}
