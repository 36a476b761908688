package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option value read when the command line is parsed, before a command starts anything: a malformed
 * value is a usage error (exit {@value Lit4jCli#USAGE}) that picocli reports as "Invalid value for option
 * '--name' (LABEL): what is wrong and what would be valid". Subclasses parse with the domain's parsers; the
 * domain's field name is dropped, since picocli names the option, and the value itself is never echoed by
 * picocli (it may be a secret).
 *
 * @param <T> the value's type
 */
abstract class OptionConverter<T> implements ITypeConverter<T> {
    @Override
    public final T convert(String value) {
        try {
            return parse(value);
        } catch (InvalidInputException e) {
            throw new TypeConversionException(problem(e));
        }
    }

    /**
     * The value of {@code text}.
     *
     * @throws InvalidInputException saying what is wrong
     */
    abstract T parse(String text);

    /** The problem an exception describes, without the field name it starts with. */
    static String problem(InvalidInputException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
