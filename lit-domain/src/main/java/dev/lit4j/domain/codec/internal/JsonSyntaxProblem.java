package dev.lit4j.domain.codec.internal;

import java.io.EOFException;
import java.util.regex.Pattern;

/**
 * Gson's syntax errors in words for people: where the text is wrong and how, without the parser's advice
 * to itself (its strictness setting, its troubleshooting URL) or its internal path notation.
 */
final class JsonSyntaxProblem {
    private static final Pattern ADVICE = Pattern.compile("Use JsonReader\\.setStrictness\\([^)]*\\) to accept ");
    private static final Pattern URL = Pattern.compile("\\s*See https?://\\S+");
    private static final Pattern PATH = Pattern.compile(" path \\$\\S*");

    private JsonSyntaxProblem() {}

    /** What is wrong with the text, e.g. "truncated: the text ends at line 1 column 9, inside a value". */
    static String describe(Exception syntaxError) {
        String message = syntaxError.getMessage() == null ? "" : syntaxError.getMessage();
        message = PATH.matcher(
                        URL.matcher(ADVICE.matcher(message).replaceAll("")).replaceAll(""))
                .replaceAll("");
        if (syntaxError instanceof EOFException || message.startsWith("End of input")) {
            return "truncated: the text ends" + message.replaceFirst("^End of input", "") + ", inside a value";
        }
        if (message.startsWith("malformed JSON")) {
            return "unexpected text" + message.substring("malformed JSON".length());
        }
        return message.isEmpty() ? "unreadable" : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
