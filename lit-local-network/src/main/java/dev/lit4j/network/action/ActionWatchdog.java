package dev.lit4j.network.action;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;

/**
 * Watches one running action from outside its thread and cancels its context when the run passes its
 * deadline or takes more memory than allowed ({@link LitActionLimits#memoryBytes()}). Cancelling stops the
 * JavaScript wherever it is; the action cannot catch it and its {@code finally} blocks do not run.
 */
final class ActionWatchdog implements AutoCloseable {
    private static final long CHECK_INTERVAL_MILLIS = 10;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Context context;
    private final long deadlineNanos;
    private final long memoryBytes;
    private final long threadId;
    private final long allocatedAtStart;
    private final long heapAtStart;
    private final AtomicReference<LitActionException.Failure> stopped = new AtomicReference<>();
    private final ScheduledFuture<?> checks;

    /** Starts watching {@code context}, which runs on the calling thread. */
    ActionWatchdog(ScheduledExecutorService scheduler, Context context, long deadlineNanos, long memoryBytes) {
        this.context = context;
        this.deadlineNanos = deadlineNanos;
        this.memoryBytes = memoryBytes;
        this.threadId = Thread.currentThread().getId();
        this.allocatedAtStart = THREADS.getThreadAllocatedBytes(threadId);
        this.heapAtStart = MEMORY.getHeapMemoryUsage().getUsed();
        this.checks = scheduler.scheduleAtFixedRate(
                this::check, CHECK_INTERVAL_MILLIS, CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Why the watchdog stopped the run, or null if it did not. */
    LitActionException.Failure stopped() {
        return stopped.get();
    }

    private void check() {
        if (stopped.get() != null) {
            return;
        }
        LitActionException.Failure failure = null;
        if (System.nanoTime() - deadlineNanos > 0) {
            failure = LitActionException.Failure.TIMEOUT;
        } else if (THREADS.getThreadAllocatedBytes(threadId) - allocatedAtStart > memoryBytes
                && MEMORY.getHeapMemoryUsage().getUsed() - heapAtStart > memoryBytes) {
            failure = LitActionException.Failure.MEMORY_LIMIT;
        }
        if (failure != null && stopped.compareAndSet(null, failure)) {
            checks.cancel(false);
            try {
                context.close(true);
            } catch (RuntimeException e) {
                // the run ended by itself meanwhile and its thread closes the context
            }
        }
    }

    @Override
    public void close() {
        checks.cancel(false);
    }
}
