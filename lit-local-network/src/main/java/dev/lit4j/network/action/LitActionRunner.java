package dev.lit4j.network.action;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Runs Lit Action code as a Datil node does, in an embedded JavaScript engine: GraalJS, which runs what
 * real actions are written in (ES2023: {@code async}/{@code await}, Promises, arrow functions, template
 * literals, typed arrays). On a stock JDK it interprets (no JIT), which is fast enough for actions.
 *
 * <p>The action sees:
 * <ul>
 *   <li>each top-level {@code jsParams} key as a global variable (a key named {@code Lit} fails the run, as
 *       on a node), and the whole object as {@code jsParams} unless it has a key of that name (the JS SDK 8's
 *       wrapped {@code {"jsParams":{…}}}, which lit-peer assigns as keys only);</li>
 *   <li>{@code Lit.Actions.setResponse({response})}, {@code signEcdsa}, {@code ethPersonalSignMessageEcdsa}
 *       and {@code claimKey}, the last three served by the run's {@link LitActionHost} (also reachable as
 *       {@code LitActions});</li>
 *   <li>{@code Lit.Auth}, the request's {@link LitAuthContext}, frozen;</li>
 *   <li>{@code console.log}, {@code .info}, {@code .warn}, {@code .error}, {@code .debug}, captured into the
 *       logs (strings as they are, objects as JSON, the rest with {@code String()});</li>
 *   <li>{@code TextEncoder} and {@code TextDecoder} (UTF-8).</li>
 * </ul>
 * Nothing of Java or the host is reachable (no host access, class lookup, I/O, threads or environment).
 * The run ends when the script and every promise job it queued have finished; a promise rejection nobody
 * handles fails it, as in Deno.
 *
 * <p>Limits ({@link LitActionLimits}): a watchdog cancels a run that passes its time or memory limit, which
 * the action cannot catch; a response longer than the limit fails {@code setResponse}. A long call into
 * native code that ignores cancellation is abandoned after a grace second.
 *
 * <p>All runs share one engine (parsing caches, start-up cost paid once); every run gets a fresh context
 * and global scope on a worker thread. Thread-safe; runs in parallel.
 */
public final class LitActionRunner implements AutoCloseable {
    private static final Duration ABANDON_GRACE = Duration.ofSeconds(1);
    private static final String RUNTIME_RESOURCE = "lit-action-runtime.js";

    // the context set-up before the deadline starts; generous, as the first run in a JVM warms the engine
    private static final Duration SETUP_ALLOWANCE = Duration.ofSeconds(30);

    private final LitActionLimits limits;
    private final ExecutorService workers;
    private final ScheduledExecutorService watchdogs;

    /**
     * A runner that stops each action after {@code timeout}, with the default memory and response limits.
     *
     * @throws InvalidInputException if the timeout is not positive
     */
    public LitActionRunner(Duration timeout) {
        this(LitActionLimits.withTimeout(timeout));
    }

    /** A runner with these limits. */
    public LitActionRunner(LitActionLimits limits) {
        this.limits = InvalidInputException.requireNonNull("limits", limits);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> daemon(task, "lit-action-" + threads.incrementAndGet()));
        this.watchdogs = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "lit-action-watchdog"));
    }

    /** The time limit of one run. */
    public Duration timeout() {
        return limits.timeout();
    }

    /** The limits of every run. */
    public LitActionLimits limits() {
        return limits;
    }

    /**
     * Runs {@code code} once, without signing ({@link LitActionHost#NONE}).
     *
     * @see #run(LitActionCode, JsonObject, LitAuthContext, LitActionHost)
     */
    public LitActionResult run(LitActionCode code, JsonObject jsParams, LitAuthContext auth) {
        return run(code, jsParams, auth, LitActionHost.NONE);
    }

    /**
     * Runs {@code code} once.
     *
     * @param jsParams the action's parameters (a JSON object; may be empty)
     * @param auth what the action sees as {@code Lit.Auth}
     * @param host what serves the action's signing and claiming calls
     * @return the response and the logs
     * @throws LitActionException if the code throws, does not compile, or passes a limit
     * @throws LitException if the runner is closed
     */
    public LitActionResult run(LitActionCode code, JsonObject jsParams, LitAuthContext auth, LitActionHost host) {
        InvalidInputException.requireNonNull("code", code);
        InvalidInputException.requireNonNull("jsParams", jsParams);
        InvalidInputException.requireNonNull("auth", auth);
        InvalidInputException.requireNonNull("host", host);
        ActionBridge bridge = new ActionBridge(host, limits.maxResponseLength());
        String params = jsParams.toString();
        String authJson = auth.toJson().toString();
        Future<String> run;
        try {
            run = workers.submit(() -> execute(code, params, authJson, bridge));
        } catch (RejectedExecutionException e) {
            throw new LitException("cannot run Lit Action " + code.cid() + ": the runner is closed", e);
        }
        try {
            String response = run.get(
                    SETUP_ALLOWANCE.plus(limits.timeout()).plus(ABANDON_GRACE).toNanos(), TimeUnit.NANOSECONDS);
            return new LitActionResult(response, bridge.logs());
        } catch (TimeoutException e) {
            run.cancel(true);
            throw stopped(LitActionException.Failure.TIMEOUT, code, bridge.logs(), e);
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new LitActionException(
                    LitActionException.Failure.TIMEOUT,
                    "Lit Action " + code.cid() + " was interrupted",
                    "interrupted",
                    bridge.logs(),
                    e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LitActionException failure) {
                throw failure;
            }
            throw new LitActionException(
                    LitActionException.Failure.SCRIPT_ERROR,
                    "Lit Action " + code.cid() + " failed: " + e.getCause(),
                    String.valueOf(e.getCause()),
                    bridge.logs(),
                    e.getCause());
        }
    }

    /** Stops the worker threads; runs under way are abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
        watchdogs.shutdownNow();
    }

    private String execute(LitActionCode code, String params, String authJson, ActionBridge bridge) {
        Context context = SharedEngine.newContext();
        ActionWatchdog watchdog = null;
        try {
            context.eval(SharedEngine.RUNTIME).execute(bridge, authJson, params);
            watchdog = new ActionWatchdog(
                    watchdogs, context, System.nanoTime() + limits.timeout().toNanos(), limits.memoryBytes());
            context.eval(
                    Source.newBuilder("js", code.code(), code.cid().value()).buildLiteral());
            return bridge.response();
        } catch (PolyglotException e) {
            LitActionException.Failure stopped = watchdog == null ? null : watchdog.stopped();
            if (stopped != null || e.isCancelled()) {
                throw stopped(stopped == null ? LitActionException.Failure.TIMEOUT : stopped, code, bridge.logs(), e);
            }
            throw scriptError(code, bridge.logs(), e);
        } finally {
            if (watchdog != null) {
                watchdog.close();
            }
            try {
                context.close();
            } catch (PolyglotException e) {
                // already closed by the watchdog
            }
        }
    }

    /**
     * The one engine every runner in this JVM shares, warmed up by a first run, and the runtime source.
     * Never closed: it holds no resources beyond memory and its threads are daemons.
     */
    private static final class SharedEngine {
        static final Engine ENGINE = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        static final Source RUNTIME = Source.newBuilder("js", readRuntime(), RUNTIME_RESOURCE)
                .cached(true)
                .buildLiteral();

        static {
            try (Context warmUp = newContext()) {
                warmUp.eval(RUNTIME).execute(new ActionBridge(LitActionHost.NONE, 1), "{}", "{}");
                warmUp.eval("js", "(async () => { await Lit.Actions.signEcdsa({}).catch(() => 0); })();");
            }
        }

        private SharedEngine() {}

        static Context newContext() {
            return Context.newBuilder("js")
                    .engine(ENGINE)
                    .allowHostAccess(HostAccess.NONE)
                    .allowHostClassLookup(className -> false)
                    .allowIO(IOAccess.NONE)
                    .allowCreateThread(false)
                    .allowNativeAccess(false)
                    .allowEnvironmentAccess(EnvironmentAccess.NONE)
                    .allowPolyglotAccess(PolyglotAccess.NONE)
                    .option("js.unhandled-rejections", "throw")
                    .option("js.console", "false")
                    .option("js.print", "false")
                    .option("js.load", "false")
                    .build();
        }
    }

    private static LitActionException scriptError(LitActionCode code, String logs, PolyglotException e) {
        String error = e.getMessage() == null ? "Error" : e.getMessage();
        StringBuilder message =
                new StringBuilder("Lit Action ").append(code.cid()).append(" failed");
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()
                    && frame.getSourceLocation() != null
                    && code.cid()
                            .value()
                            .equals(frame.getSourceLocation().getSource().getName())) {
                message.append(" at line ").append(frame.getSourceLocation().getStartLine());
                break;
            }
        }
        if (e.isSyntaxError() && e.getSourceLocation() != null) {
            message.append(" at line ").append(e.getSourceLocation().getStartLine());
        }
        return new LitActionException(
                LitActionException.Failure.SCRIPT_ERROR,
                message.append(": ").append(error).toString(),
                error,
                logs,
                e);
    }

    private LitActionException stopped(
            LitActionException.Failure failure, LitActionCode code, String logs, Throwable cause) {
        String error = failure == LitActionException.Failure.MEMORY_LIMIT
                ? "used more than " + limits.memoryBytes() / (1024 * 1024) + " MiB of memory"
                : "ran longer than " + limits.timeout().toMillis() + " ms";
        return new LitActionException(
                failure,
                "Lit Action " + code.cid() + " " + error + " and was stopped",
                "Lit Action " + error,
                logs,
                cause);
    }

    private static String readRuntime() {
        try (InputStream in = LitActionRunner.class.getResourceAsStream(RUNTIME_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RUNTIME_RESOURCE + " is missing from the lit-local-network jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RUNTIME_RESOURCE, e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
