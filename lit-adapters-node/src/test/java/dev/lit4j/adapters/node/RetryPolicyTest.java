package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backsOffExponentiallyUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));

        assertEquals(Duration.ofMillis(100), policy.backoffBefore(2));
        assertEquals(Duration.ofMillis(200), policy.backoffBefore(3));
        assertEquals(Duration.ofMillis(400), policy.backoffBefore(4));
        assertEquals(Duration.ofMillis(500), policy.backoffBefore(5));
        assertEquals(Duration.ofMillis(500), policy.backoffBefore(6));
        assertEquals(Duration.ofMillis(1700), policy.totalBackoff());
    }

    @Test
    void theDefaultTriesThreeTimesWaiting100And200Ms() {
        assertEquals(3, RetryPolicy.DEFAULT.maxAttempts());
        assertEquals(Duration.ofMillis(100), RetryPolicy.DEFAULT.backoffBefore(2));
        assertEquals(Duration.ofMillis(200), RetryPolicy.DEFAULT.backoffBefore(3));
        assertEquals(Duration.ZERO, RetryPolicy.NONE.totalBackoff());
    }

    @Test
    void rejectsPoliciesOutOfRange() {
        assertEquals(
                "retryPolicy.maxAttempts: must be 1..10, got 0",
                assertThrows(InvalidInputException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                        .getMessage());
        assertEquals(
                "retryPolicy.maxAttempts: must be 1..10, got 11",
                assertThrows(InvalidInputException.class, () -> new RetryPolicy(11, Duration.ZERO, Duration.ZERO))
                        .getMessage());
        assertEquals(
                "retryPolicy.initialBackoff: must be 0..1 min, got PT-0.001S",
                assertThrows(
                                InvalidInputException.class,
                                () -> new RetryPolicy(2, Duration.ofMillis(-1), Duration.ZERO))
                        .getMessage());
        assertEquals(
                "retryPolicy.maxBackoff: must be 0..1 min, got PT2M",
                assertThrows(
                                InvalidInputException.class,
                                () -> new RetryPolicy(2, Duration.ZERO, Duration.ofMinutes(2)))
                        .getMessage());
        assertEquals(
                "retryPolicy.maxBackoff: must be at least initialBackoff PT1S, got PT0.5S",
                assertThrows(
                                InvalidInputException.class,
                                () -> new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofMillis(500)))
                        .getMessage());
        assertEquals(
                "retryPolicy.initialBackoff: is missing",
                assertThrows(InvalidInputException.class, () -> new RetryPolicy(2, null, Duration.ZERO))
                        .getMessage());
    }

    @Test
    void onlyRetriesHaveABackoff() {
        assertEquals(
                "attempt: a retry is attempt 2..3, got 1",
                assertThrows(InvalidInputException.class, () -> RetryPolicy.DEFAULT.backoffBefore(1))
                        .getMessage());
        assertEquals(
                "attempt: a retry is attempt 2..3, got 4",
                assertThrows(InvalidInputException.class, () -> RetryPolicy.DEFAULT.backoffBefore(4))
                        .getMessage());
    }
}
