package dev.lit4j.network.action;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.json.JsonParser;

/**
 * Runs Lit Action code the way a node runs custom-auth actions, in an embedded JavaScript engine.
 *
 * <p>The engine is Mozilla Rhino: a single small jar that runs on Java 11+, with a sandbox (no Java
 * classes reachable) and an instruction observer that stops runaway code. GraalJS would be closer to
 * the node's V8 (async functions, full ES2023) but brings a Truffle runtime of tens of megabytes that
 * runs unoptimised on a stock JDK 17; for short custom-auth code Rhino is the better trade. What this
 * means for action authors: ES6 syntax, Promises (their jobs run after the script), no
 * {@code async}/{@code await}.
 *
 * <p>The action sees:
 * <ul>
 *   <li>each top-level {@code jsParams} key as a global variable, and the whole object as {@code jsParams};</li>
 *   <li>{@code Lit.Actions.setResponse({response: <string>})} (also reachable as {@code LitActions});</li>
 *   <li>{@code Lit.Auth}, the request's {@link LitAuthContext};</li>
 *   <li>{@code console.log}, {@code .info}, {@code .warn}, {@code .error}, {@code .debug}, captured into the logs.</li>
 * </ul>
 * Nothing else of Lit's action API is provided ({@code checkConditions}, {@code signEcdsa}, fetch, …):
 * custom auth does not need it, and an action that calls it fails with a {@code TypeError}.
 *
 * <p>Every run gets a fresh global scope, on a worker thread, and is stopped after the time limit:
 * by the instruction observer for JS code, and by abandoning the worker for a long call into native
 * code (e.g. a huge {@code String.repeat}), which cannot be interrupted. Memory is not limited: an
 * action that allocates without bound fails the JVM's heap, so run only code a test wrote. Thread-safe;
 * runs in parallel.
 */
public final class LitActionRunner implements AutoCloseable {
    private static final Duration ABANDON_GRACE = Duration.ofSeconds(1);
    private static final String[] CONSOLE_METHODS = {"log", "info", "warn", "error", "debug"};

    private final Duration timeout;
    private final SandboxContextFactory contexts = new SandboxContextFactory();
    private final ExecutorService workers;

    /**
     * A runner that stops each action after {@code timeout}.
     *
     * @throws InvalidInputException if the timeout is not positive
     */
    public LitActionRunner(Duration timeout) {
        InvalidInputException.requireNonNull("timeout", timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("timeout", "must be positive, got " + timeout);
        }
        this.timeout = timeout;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lit-action-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The time limit of one run. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code code} once.
     *
     * @param jsParams the action's parameters (a JSON object; may be empty)
     * @param auth what the action sees as {@code Lit.Auth}
     * @return the response and the logs
     * @throws LitActionException if the code throws, does not compile or runs out of time
     * @throws LitException if the runner is closed
     */
    public LitActionResult run(LitActionCode code, JsonObject jsParams, LitAuthContext auth) {
        InvalidInputException.requireNonNull("code", code);
        InvalidInputException.requireNonNull("jsParams", jsParams);
        InvalidInputException.requireNonNull("auth", auth);
        StringBuffer logs = new StringBuffer();
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<String> run;
        try {
            run = workers.submit(() -> execute(code, jsParams.deepCopy(), auth, logs, deadline));
        } catch (RejectedExecutionException e) {
            throw new LitException("cannot run Lit Action " + code.cid() + ": the runner is closed", e);
        }
        try {
            String response = run.get(timeout.plus(ABANDON_GRACE).toNanos(), TimeUnit.NANOSECONDS);
            return new LitActionResult(response, logs.toString());
        } catch (TimeoutException e) {
            run.cancel(true);
            throw timedOut(code, logs.toString(), e);
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new LitActionException(LitActionException.Failure.TIMEOUT, "Lit Action " + code.cid()
                    + " was interrupted", logs.toString(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LitActionException failure) {
                throw failure;
            }
            throw new LitActionException(LitActionException.Failure.SCRIPT_ERROR, "Lit Action " + code.cid()
                    + " failed: " + e.getCause(), logs.toString(), e.getCause());
        }
    }

    /** Stops the worker threads; runs under way are abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private String execute(LitActionCode code, JsonObject jsParams, LitAuthContext auth, StringBuffer logs,
            long deadline) {
        String[] response = {""};
        try (Context cx = contexts.enter(deadline)) {
            ScriptableObject scope = cx.initSafeStandardObjects();
            installParams(cx, scope, jsParams);
            installConsole(cx, scope, logs);
            installLit(cx, scope, auth, response);
            cx.evaluateString(scope, code.code(), code.cid().value(), 1, null);
            cx.processMicrotasks();
            return response[0];
        } catch (SandboxContextFactory.DeadlinePassed e) {
            throw timedOut(code, logs.toString(), e);
        } catch (RhinoException e) {
            throw new LitActionException(LitActionException.Failure.SCRIPT_ERROR, "Lit Action " + code.cid()
                    + " failed at line " + e.lineNumber() + ": " + e.details(), logs.toString(), e);
        }
    }

    private static void installParams(Context cx, ScriptableObject scope, JsonObject jsParams) {
        for (Map.Entry<String, JsonElement> param : jsParams.entrySet()) {
            ScriptableObject.putProperty(scope, param.getKey(), fromJson(cx, scope, param.getValue()));
        }
        ScriptableObject.putProperty(scope, "jsParams", fromJson(cx, scope, jsParams));
    }

    private static void installConsole(Context cx, ScriptableObject scope, StringBuffer logs) {
        Scriptable console = cx.newObject(scope);
        Callable log = (callCx, callScope, thisObj, args) -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    line.append(' ');
                }
                line.append(format(callCx, scope, args[i]));
            }
            logs.append(line).append('\n');
            return Undefined.instance;
        };
        for (String method : CONSOLE_METHODS) {
            ScriptableObject.putProperty(console, method, new LambdaFunction(scope, method, 0, log));
        }
        ScriptableObject.putProperty(scope, "console", console);
    }

    private static void installLit(Context cx, ScriptableObject scope, LitAuthContext auth, String[] response) {
        Scriptable actions = cx.newObject(scope);
        Callable setResponse = (callCx, callScope, thisObj, args) -> {
            Object value = args.length > 0 && args[0] instanceof Scriptable options
                    ? ScriptableObject.getProperty(options, "response") : null;
            if (!(value instanceof CharSequence text)) {
                throw ScriptRuntime.typeError("Lit.Actions.setResponse expects {response: <string>}");
            }
            response[0] = text.toString();
            return Undefined.instance;
        };
        ScriptableObject.putProperty(actions, "setResponse", new LambdaFunction(scope, "setResponse", 1, setResponse));
        Scriptable lit = cx.newObject(scope);
        ScriptableObject.putProperty(lit, "Actions", actions);
        ScriptableObject.putProperty(lit, "Auth", fromJson(cx, scope, auth.toJson()));
        ScriptableObject.putProperty(scope, "Lit", lit);
        ScriptableObject.putProperty(scope, "LitActions", actions);
    }

    private static Object fromJson(Context cx, Scriptable scope, JsonElement json) {
        try {
            return new JsonParser(cx, scope).parseValue(json.toString());
        } catch (JsonParser.ParseException e) {
            throw new IllegalStateException("Gson wrote JSON that Rhino cannot read", e);
        }
    }

    private static String format(Context cx, Scriptable scope, Object value) {
        if (value instanceof Scriptable && !(value instanceof Function)) {
            Object json = NativeJSON.stringify(cx, scope, value, null, null);
            return json instanceof CharSequence text ? text.toString() : Context.toString(value);
        }
        return Context.toString(value);
    }

    private LitActionException timedOut(LitActionCode code, String logs, Throwable cause) {
        return new LitActionException(LitActionException.Failure.TIMEOUT, "Lit Action " + code.cid()
                + " ran longer than " + timeout.toMillis() + " ms and was stopped", logs, cause);
    }
}
