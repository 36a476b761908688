package dev.lit4j.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LitActionRunnerTest {
    private static final JsonObject NO_PARAMS = new JsonObject();

    private final LitActionRunner runner = new LitActionRunner(Duration.ofMillis(500));

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    private LitActionResult run(String code, String jsParamsJson, LitAuthContext auth) {
        return runner.run(LitActionCode.of(code), JsonParser.parseString(jsParamsJson).getAsJsonObject(), auth);
    }

    private LitActionResult run(String code) {
        return runner.run(LitActionCode.of(code), NO_PARAMS, LitAuthContext.EMPTY);
    }

    @Test
    void setResponseIsTheResult() {
        assertEquals(new LitActionResult("true", ""), run("Lit.Actions.setResponse({response: \"true\"});"));
    }

    @Test
    void responseIsEmptyWhenNeverSet() {
        assertEquals(new LitActionResult("", ""), run("var x = 1 + 1;"));
    }

    @Test
    void litActionsIsAnAliasOfLitDotActions() {
        assertEquals("alias", run("LitActions.setResponse({response: 'alias'});").response());
    }

    @Test
    void jsParamsAreGlobalsAndAnObject() {
        LitActionResult result = run("Lit.Actions.setResponse({response: String(magicNumber === 42 && "
                + "jsParams.nested.list[1] === 'b' && nested.list.length === 2)});",
                "{\"magicNumber\":42,\"nested\":{\"list\":[\"a\",\"b\"]}}", LitAuthContext.EMPTY);

        assertEquals("true", result.response());
    }

    @Test
    void consoleOutputIsCaptured() {
        LitActionResult result = run("console.log('hello', 42, true); console.error({a: [1, 'x']});"
                + " console.info(undefined, null);");

        assertEquals("hello 42 true\n{\"a\":[1,\"x\"]}\nundefined null\n", result.logs());
    }

    @Test
    void litAuthShowsTheAuthContext() {
        LitAuthContext auth = new LitAuthContext(List.of("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"),
                List.of(new AuthMethodContext("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "lit", 1, true,
                        1714097386L)),
                null, List.of());

        LitActionResult result = run("const m = Lit.Auth.authMethodContexts[0];"
                + " Lit.Actions.setResponse({response: [Lit.Auth.actionIpfsIds[0], m.userId, m.appId,"
                + " m.authMethodType, m.usedForSignSessionKeyRequest, m.expiration, Lit.Auth.authSigAddress,"
                + " Lit.Auth.resources.length].join('|')});", "{}", auth);

        assertEquals("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o|0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
                + "|lit|1|true|1714097386||0", result.response());
    }

    @Test
    void es6SyntaxAndPromiseJobsWork() {
        LitActionResult result = run("const check = (x) => `${x}`;"
                + " Promise.resolve(true).then(v => Lit.Actions.setResponse({response: check(v)}));");

        assertEquals("true", result.response());
    }

    @Test
    void setResponseRejectsANonString() {
        LitActionException e = assertThrows(LitActionException.class,
                () -> run("Lit.Actions.setResponse({response: true});"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
        assertTrue(e.getMessage().contains("TypeError: Lit.Actions.setResponse expects {response: <string>}"),
                e.getMessage());
    }

    @Test
    void aThrowingActionFailsWithItsLogs() {
        LitActionException e = assertThrows(LitActionException.class,
                () -> run("console.log('before');\nthrow new Error('nope');"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
        assertEquals("before\n", e.logs());
        assertTrue(e.getMessage().contains("failed at line 2: Error: nope"), e.getMessage());
    }

    @Test
    void aSyntaxErrorFails() {
        LitActionException e = assertThrows(LitActionException.class, () -> run("this is not javascript"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
    }

    @Test
    void anInfiniteLoopIsStopped() {
        LitActionException e = assertThrows(LitActionException.class,
                () -> run("console.log('spinning'); while (true) {}"));

        assertEquals(LitActionException.Failure.TIMEOUT, e.failure());
        assertEquals("spinning\n", e.logs());
        assertTrue(e.getMessage().endsWith("ran longer than 500 ms and was stopped"), e.getMessage());
    }

    @Test
    void theTimeLimitCannotBeCaught() {
        LitActionException e = assertThrows(LitActionException.class,
                () -> run("try { while (true) {} } catch (err) { Lit.Actions.setResponse({response: 'caught'}); }"));

        assertEquals(LitActionException.Failure.TIMEOUT, e.failure());
    }

    @Test
    void theTimeLimitSkipsFinallyBlocks() {
        LitActionException e = assertThrows(LitActionException.class,
                () -> run("try { while (true) {} } finally { console.log('finally ran'); }"));

        assertEquals("", e.logs());
    }

    @Test
    void runawayRecursionFails() {
        LitActionException e = assertThrows(LitActionException.class, () -> run("function f() { return f(); } f();"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
    }

    @Test
    void javaIsNotReachable() {
        assertEquals("undefined|undefined|undefined|undefined|undefined",
                run("Lit.Actions.setResponse({response: [typeof java, typeof Packages, typeof JavaImporter,"
                        + " typeof getClass, typeof Lit.Actions.setResponse.getClass].join('|')});").response());

        LitActionException e = assertThrows(LitActionException.class,
                () -> run("java.lang.System.exit(1);"));
        assertTrue(e.getMessage().contains("ReferenceError: \"java\" is not defined."), e.getMessage());
    }

    @Test
    void eachRunHasAFreshScope() {
        run("var leaked = 'x'; Object.prototype.polluted = 1;");

        assertEquals("undefined|undefined", run("Lit.Actions.setResponse({response: typeof leaked + '|'"
                + " + typeof ({}).polluted});").response());
    }

    @Test
    void unsupportedLitApiFailsLoudly() {
        LitActionException e = assertThrows(LitActionException.class,
                () -> run("Lit.Actions.checkConditions({});"));

        assertTrue(e.getMessage().contains("TypeError"), e.getMessage());
    }

    @Test
    void aClosedRunnerRefusesToRun() {
        runner.close();

        LitException e = assertThrows(LitException.class, () -> run("1;"));

        assertEquals("cannot run Lit Action " + LitActionCode.of("1;").cid() + ": the runner is closed",
                e.getMessage());
    }

    @Test
    void timeoutMustBePositive() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LitActionRunner(Duration.ZERO));

        assertEquals("timeout: must be positive, got PT0S", e.getMessage());
    }
}
