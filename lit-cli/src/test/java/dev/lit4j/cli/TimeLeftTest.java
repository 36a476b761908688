package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeLeftTest {
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @Test
    void wholeSecondsInTheLargestUnitsNeeded() {
        assertEquals("now", TimeLeft.describe(NOW.plusMillis(999), NOW));
        assertEquals("in 59s", TimeLeft.describe(NOW.plusSeconds(59), NOW));
        assertEquals("in 1m 0s", TimeLeft.describe(NOW.plusSeconds(60), NOW));
        assertEquals("in 2h 0m 5s", TimeLeft.describe(NOW.plusSeconds(7_205), NOW));
        assertEquals("in 1d 0h 0m 1s", TimeLeft.describe(NOW.plusSeconds(86_401), NOW));
        assertEquals("3s ago", TimeLeft.describe(NOW.minusMillis(3_500), NOW));
        assertEquals("30d 0h 0m 0s ago", TimeLeft.describe(NOW.minusSeconds(30 * 86_400), NOW));
        assertEquals(-3, TimeLeft.seconds(NOW.minusMillis(3_500), NOW));
    }
}
