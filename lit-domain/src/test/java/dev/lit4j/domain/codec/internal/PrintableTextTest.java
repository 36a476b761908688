package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void keepsPrintableTextAsItIs() {
        assertEquals(
                "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                PrintableText.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        assertEquals("Grüße, ünïcödé \\ and 😀", PrintableText.of("Grüße, ünïcödé \\ and 😀"));
    }

    @Test
    void escapesLineBreaksTerminalCodesAndBidiControlsVisibly() {
        assertEquals("a\\nb\\rc\\td", PrintableText.of("a\nb\rc\td"));
        assertEquals("\\u001b[32mgreen\\u001b[0m", PrintableText.of("\u001b[32mgreen\u001b[0m"));
        assertEquals("\\u0000\\u007f\\u0085\\u009b", PrintableText.of("\u0000\u007f\u0085\u009b"));
        assertEquals("\\u2028\\u2029", PrintableText.of("\u2028\u2029"));
        assertEquals(
                "\\u202eevil\\u202c \\u2066\\u2069 \\u200e\\u200f\\u061c \\u200b\\ufeff",
                PrintableText.of("\u202eevil\u202c \u2066\u2069 \u200e\u200f\u061c \u200b\ufeff"));
        assertEquals("\\ud800 \\u{e0001} \\ue000", PrintableText.of("\ud800 \udb40\udc01 \ue000"));
    }

    @Test
    void escapingEscapedTextChangesNothing() {
        String once = PrintableText.of("x\n\u001b[1m\u202ey");
        assertEquals(once, PrintableText.of(once));
    }

    @Test
    void boundsTheTextAndSaysHowMuchWasLeftOut() {
        assertEquals("a".repeat(200), PrintableText.of("a".repeat(200)));
        assertEquals("a".repeat(200) + "… (9999800 more characters)", PrintableText.of("a".repeat(10_000_000)));
        assertEquals("abc… (2 more characters)", PrintableText.of("abcde", 3));
        assertEquals("\\n\\n… (1 more character)", PrintableText.of("\n\n\n", 2));
    }

    @Test
    void neverCutsASurrogatePairInTwo() {
        assertEquals("ab… (3 more characters)", PrintableText.of("ab😀c", 3));
        assertEquals("ab😀… (1 more character)", PrintableText.of("ab😀c", 4));
    }

    @Test
    void refusesNoTextAndANonPositiveBound() {
        assertEquals(
                "text: is missing",
                assertThrows(InvalidInputException.class, () -> PrintableText.of(null))
                        .getMessage());
        assertEquals(
                "maxLength: must be at least 1, got 0",
                assertThrows(InvalidInputException.class, () -> PrintableText.of("x", 0))
                        .getMessage());
    }
}
