package dev.lit4j.testkit.fakes;

import dev.lit4j.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until a test moves it. Thread-safe. */
public final class FakeClock extends Clock {
    private volatile Instant now;

    public FakeClock(Instant now) {
        this.now = InvalidInputException.requireNonNull("now", now);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Sets the time. */
    public void set(Instant value) {
        now = InvalidInputException.requireNonNull("now", value);
    }

    /** Moves the time forward by {@code duration}. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock itself: its zone only affects how an instant is shown, and it keeps UTC. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
