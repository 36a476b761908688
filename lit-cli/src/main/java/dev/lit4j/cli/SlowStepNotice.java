package dev.lit4j.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A line on standard error when a step takes longer than {@link #FIRST} ("lit4j: still waiting for the
 * nodes' handshake (2 s)"), and again every {@link #AGAIN}, so a slow network never looks like a hang.
 */
final class SlowStepNotice {
    /** When the first notice comes. */
    static final Duration FIRST = Duration.ofSeconds(2);
    /** How often it repeats. */
    static final Duration AGAIN = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer;

    private SlowStepNotice(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs {@code step}, with notices about {@code what} (e.g. "the nodes' handshake") on {@code status}. */
    static <T> T during(PrintWriter status, String what, Supplier<T> step) {
        SlowStepNotice notice = start(status, what);
        try {
            return step.get();
        } finally {
            notice.timer.shutdownNow();
        }
    }

    private static SlowStepNotice start(PrintWriter status, String what) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lit4j-slow-step-notice");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        timer.scheduleAtFixedRate(
                () -> {
                    long seconds = Math.round((System.nanoTime() - started) / 1e9);
                    status.println("lit4j: still waiting for " + what + " (" + seconds + " s)");
                    status.flush();
                },
                FIRST.toMillis(),
                AGAIN.toMillis(),
                TimeUnit.MILLISECONDS);
        return new SlowStepNotice(timer);
    }
}
