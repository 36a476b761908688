package dev.lit4j.network.action;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Makes the Rhino contexts Lit Actions run in: ES6, interpreted (so that the instruction observer
 * sees every JS instruction), no access to any Java class, and stopped once the thread's deadline
 * has passed.
 */
final class SandboxContextFactory extends ContextFactory {
    private static final Object DEADLINE_KEY = new Object();
    private static final int INSTRUCTIONS_BETWEEN_CHECKS = 10_000;
    private static final int MAX_STACK_DEPTH = 2_000;

    /**
     * Thrown into running JS when its time is up. An {@link Error}, not an exception: Rhino lets JS
     * {@code catch} and {@code finally} blocks see exceptions but not errors, so the action cannot
     * swallow it.
     */
    static final class DeadlinePassed extends Error {
        private static final long serialVersionUID = 1L;

        DeadlinePassed() {
            super("the Lit Action ran past its time limit", null, false, false);
        }
    }

    /** Enters a sandboxed context on this thread that stops running JS at {@code deadlineNanos}. */
    Context enter(long deadlineNanos) {
        Context cx = enterContext();
        cx.putThreadLocal(DEADLINE_KEY, deadlineNanos);
        return cx;
    }

    @Override
    protected Context makeContext() {
        Context cx = super.makeContext();
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInterpretedMode(true);
        cx.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        cx.setInstructionObserverThreshold(INSTRUCTIONS_BETWEEN_CHECKS);
        cx.setClassShutter(className -> false);
        return cx;
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        Object deadline = cx.getThreadLocal(DEADLINE_KEY);
        if (Thread.currentThread().isInterrupted()
                || deadline instanceof Long nanos && System.nanoTime() - nanos > 0) {
            throw new DeadlinePassed();
        }
    }
}
