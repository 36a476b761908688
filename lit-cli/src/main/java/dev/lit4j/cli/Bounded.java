package dev.lit4j.cli;

/** Text from outside (an option value, a file's name) made safe to print: at most 80 characters, one line. */
final class Bounded {
    private static final int LIMIT = 80;

    private Bounded() {}

    /** {@code text} with control characters escaped and cut to 80 characters (an ellipsis says so). */
    static String text(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(LIMIT).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > LIMIT ? shown + "…" : shown.toString();
    }
}
