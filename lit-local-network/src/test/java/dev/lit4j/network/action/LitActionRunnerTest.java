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

    // a limit no action of these tests comes near, even on a loaded machine; the tests of the limit itself
    // run on their own runner with a short one
    private final LitActionRunner runner = new LitActionRunner(Duration.ofSeconds(30));
    private final LitActionRunner spinning = new LitActionRunner(Duration.ofMillis(500));

    @AfterEach
    void stopRunners() {
        runner.close();
        spinning.close();
    }

    private LitActionResult run(String code, String jsParamsJson, LitAuthContext auth) {
        return runner.run(
                LitActionCode.of(code), JsonParser.parseString(jsParamsJson).getAsJsonObject(), auth);
    }

    private LitActionResult run(String code) {
        return runner.run(LitActionCode.of(code), NO_PARAMS, LitAuthContext.EMPTY);
    }

    private LitActionResult runSpinning(String code) {
        return spinning.run(LitActionCode.of(code), NO_PARAMS, LitAuthContext.EMPTY);
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
        assertEquals(
                "alias", run("LitActions.setResponse({response: 'alias'});").response());
    }

    @Test
    void jsParamsAreGlobalsAndAnObject() {
        LitActionResult result = run(
                "Lit.Actions.setResponse({response: String(magicNumber === 42 && "
                        + "jsParams.nested.list[1] === 'b' && nested.list.length === 2)});",
                "{\"magicNumber\":42,\"nested\":{\"list\":[\"a\",\"b\"]}}",
                LitAuthContext.EMPTY);

        assertEquals("true", result.response());
    }

    @Test
    void consoleOutputIsCaptured() {
        LitActionResult result = run(
                "console.log('hello', 42, true); console.error({a: [1, 'x']});" + " console.info(undefined, null);");

        assertEquals("hello 42 true\n{\"a\":[1,\"x\"]}\nundefined null\n", result.logs());
    }

    @Test
    void litAuthShowsTheAuthContext() {
        LitAuthContext auth = new LitAuthContext(
                List.of("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"),
                List.of(new AuthMethodContext(
                        "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "lit", 1, true, 1714097386L)),
                null,
                List.of());

        LitActionResult result = run(
                "const m = Lit.Auth.authMethodContexts[0];"
                        + " Lit.Actions.setResponse({response: [Lit.Auth.actionIpfsIds[0], m.userId, m.appId,"
                        + " m.authMethodType, m.usedForSignSessionKeyRequest, m.expiration, Lit.Auth.authSigAddress,"
                        + " Lit.Auth.resources.length].join('|')});",
                "{}",
                auth);

        assertEquals(
                "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o|0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
                        + "|lit|1|true|1714097386||0",
                result.response());
    }

    @Test
    void es6SyntaxAndPromiseJobsWork() {
        LitActionResult result = run("const check = (x) => `${x}`;"
                + " Promise.resolve(true).then(v => Lit.Actions.setResponse({response: check(v)}));");

        assertEquals("true", result.response());
    }

    @Test
    void modernAsyncActionsRun() {
        LitActionResult result = run("(async () => {"
                + " const bytes = new TextEncoder().encode('h\u00e9');"
                + " const text = new TextDecoder().decode(bytes);"
                + " const doubled = await Promise.all([1, 2].map(async (n) => n * 2));"
                + " Lit.Actions.setResponse({response: JSON.stringify({len: bytes.length, text, doubled,"
                + " spread: {...{a: 1}}, optional: ({}).x?.y ?? 'none'})});"
                + " })();");

        assertEquals(
                "{\"len\":3,\"text\":\"h\u00e9\",\"doubled\":[2,4],\"spread\":{\"a\":1},\"optional\":\"none\"}",
                result.response());
    }

    @Test
    void anAsyncActionThatThrowsFailsWithItsError() {
        LitActionException e = assertThrows(
                LitActionException.class,
                () -> run("(async () => { console.log('started'); await null; throw new Error('async nope'); })();"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
        assertEquals("Error: async nope", e.error());
        assertEquals("started\n", e.logs());
    }

    @Test
    void signingCallsReachTheHostAndItsRefusalsAreCatchable() {
        List<String> calls = new java.util.ArrayList<>();
        LitActionHost host = new LitActionHost() {
            @Override
            public void signEcdsa(byte[] toSign, String publicKey, String sigName) {
                calls.add("signEcdsa " + toSign.length + " " + publicKey + " " + sigName);
            }

            @Override
            public void ethPersonalSignMessageEcdsa(byte[] message, String publicKey, String sigName) {
                calls.add("personal " + new String(message, java.nio.charset.StandardCharsets.UTF_8) + " " + sigName);
            }

            @Override
            public void claimKey(String keyId) {
                throw new LitException("no claims today");
            }
        };
        LitActionResult result = runner.run(
                LitActionCode.of("(async () => {"
                        + " const a = await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: '04ab', sigName: 's1'});"
                        + " const b = await Lit.Actions.ethPersonalSignMessageEcdsa({message: 'hi', publicKey: '04ab', sigName: 's2'});"
                        + " let c; try { await Lit.Actions.claimKey({keyId: 'k'}); } catch (e) { c = e.message; }"
                        + " Lit.Actions.setResponse({response: [a, b, c].join('|')}); })();"),
                NO_PARAMS,
                LitAuthContext.EMPTY,
                host);

        assertEquals("success|success|no claims today", result.response());
        assertEquals(List.of("signEcdsa 32 04ab s1", "personal hi s2"), calls);
    }

    @Test
    void customAuthRunsCannotSign() {
        LitActionException e = assertThrows(
                LitActionException.class,
                () -> run(
                        "(async () => { await Lit.Actions.signEcdsa({toSign: [1], publicKey: '04', sigName: 's'}); })();"));

        assertEquals("Error: Lit.Actions.signEcdsa is only available to actions run by /web/execute", e.error());
    }

    @Test
    void aJsParamNamedLitIsRefused() {
        LitActionException e =
                assertThrows(LitActionException.class, () -> run("1;", "{\"Lit\":1}", LitAuthContext.EMPTY));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
        assertTrue(e.error().startsWith("TypeError: "), e.error());
        assertTrue(e.error().contains("Lit"), e.error());
    }

    @Test
    void aTooLongResponseFailsSetResponse() {
        try (LitActionRunner small = new LitActionRunner(
                new LitActionLimits(Duration.ofSeconds(5), LitActionLimits.DEFAULT_MEMORY_BYTES, 10))) {
            LitActionException e = assertThrows(
                    LitActionException.class,
                    () -> small.run(
                            LitActionCode.of("Lit.Actions.setResponse({response: 'x'.repeat(11)});"),
                            NO_PARAMS,
                            LitAuthContext.EMPTY));

            assertEquals("Error: Response is too long: 11 characters, at most 10 are allowed", e.error());
        }
    }

    @Test
    void anActionThatHoardsMemoryIsStopped() {
        try (LitActionRunner small =
                new LitActionRunner(new LitActionLimits(Duration.ofSeconds(20), 16L * 1024 * 1024, 100))) {
            LitActionException e = assertThrows(
                    LitActionException.class,
                    () -> small.run(
                            LitActionCode.of("console.log('hoarding'); const kept = [];"
                                    + " while (true) { kept.push(new Array(100000).fill(1.5)); }"),
                            NO_PARAMS,
                            LitAuthContext.EMPTY));

            assertEquals(LitActionException.Failure.MEMORY_LIMIT, e.failure());
            assertEquals("Lit Action used more than 16 MiB of memory", e.error());
            assertEquals("hoarding\n", e.logs());
        }
    }

    @Test
    void setResponseRejectsANonString() {
        LitActionException e =
                assertThrows(LitActionException.class, () -> run("Lit.Actions.setResponse({response: true});"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
        assertTrue(
                e.getMessage().contains("TypeError: Lit.Actions.setResponse expects {response: <string>}"),
                e.getMessage());
    }

    @Test
    void aThrowingActionFailsWithItsLogs() {
        LitActionException e =
                assertThrows(LitActionException.class, () -> run("console.log('before');\nthrow new Error('nope');"));

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
        LitActionException e =
                assertThrows(LitActionException.class, () -> runSpinning("console.log('spinning'); while (true) {}"));

        assertEquals(LitActionException.Failure.TIMEOUT, e.failure());
        assertEquals("spinning\n", e.logs());
        assertTrue(e.getMessage().endsWith("ran longer than 500 ms and was stopped"), e.getMessage());
    }

    @Test
    void theTimeLimitCannotBeCaught() {
        LitActionException e = assertThrows(
                LitActionException.class,
                () -> runSpinning(
                        "try { while (true) {} } catch (err) { Lit.Actions.setResponse({response: 'caught'}); }"));

        assertEquals(LitActionException.Failure.TIMEOUT, e.failure());
    }

    @Test
    void theTimeLimitSkipsFinallyBlocks() {
        LitActionException e = assertThrows(
                LitActionException.class,
                () -> runSpinning("try { while (true) {} } finally { console.log('finally ran'); }"));

        assertEquals("", e.logs());
    }

    @Test
    void runawayRecursionFails() {
        LitActionException e = assertThrows(LitActionException.class, () -> run("function f() { return f(); } f();"));

        assertEquals(LitActionException.Failure.SCRIPT_ERROR, e.failure());
    }

    @Test
    void javaIsNotReachable() {
        assertEquals(
                "undefined|undefined|undefined|undefined|undefined|undefined|undefined|undefined|undefined",
                run("Lit.Actions.setResponse({response: [typeof java, typeof Packages, typeof JavaImporter,"
                                + " typeof Java, typeof Polyglot, typeof Graal, typeof print, typeof load,"
                                + " typeof Lit.Actions.setResponse.getClass].join('|')});")
                        .response());

        LitActionException e = assertThrows(LitActionException.class, () -> run("java.lang.System.exit(1);"));
        assertEquals("ReferenceError: java is not defined", e.error());
    }

    @Test
    void eachRunHasAFreshScope() {
        run("var leaked = 'x'; Object.prototype.polluted = 1;");

        assertEquals(
                "undefined|undefined",
                run("Lit.Actions.setResponse({response: typeof leaked + '|'" + " + typeof ({}).polluted});")
                        .response());
    }

    @Test
    void unsupportedLitApiFailsLoudly() {
        LitActionException e = assertThrows(LitActionException.class, () -> run("Lit.Actions.checkConditions({});"));

        assertTrue(e.getMessage().contains("TypeError"), e.getMessage());
    }

    @Test
    void aClosedRunnerRefusesToRun() {
        runner.close();

        LitException e = assertThrows(LitException.class, () -> run("1;"));

        assertEquals(
                "cannot run Lit Action " + LitActionCode.of("1;").cid() + ": the runner is closed", e.getMessage());
    }

    @Test
    void timeoutMustBePositive() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LitActionRunner(Duration.ZERO));

        assertEquals("timeout: must be positive, got PT0S", e.getMessage());
    }
}
