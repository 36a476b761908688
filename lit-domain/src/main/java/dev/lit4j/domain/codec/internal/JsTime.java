package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Times as the JS SDK writes them ({@code Date.prototype.toISOString()}: UTC, always milliseconds)
 * and as Lit nodes read them (any RFC 3339 value with a zone).
 */
public final class JsTime {
    private static final DateTimeFormatter JS_ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private JsTime() {}

    /** {@code instant} truncated to milliseconds, e.g. {@code 2025-01-15T10:00:05.123Z}. */
    public static String format(Instant instant) {
        return JS_ISO.format(instant);
    }

    /** {@code instant} truncated to milliseconds, as JS {@code Date} would hold it. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Parses an RFC 3339 date-time with a zone ({@code Z} or an offset).
     *
     * @throws InvalidInputException naming {@code field} if the text is not such a date-time
     */
    public static Instant parse(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        if (!RFC_3339.matcher(text).matches()) {
            throw notRfc3339(field, text);
        }
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw notRfc3339(field, text);
        }
    }

    private static InvalidInputException notRfc3339(String field, String text) {
        return new InvalidInputException(
                field,
                "not an RFC 3339 date-time with a zone: \"" + text + "\" (expected e.g. 2025-01-15T10:00:00.000Z)");
    }
}
