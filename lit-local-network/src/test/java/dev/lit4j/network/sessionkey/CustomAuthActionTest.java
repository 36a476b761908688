package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.action.LitActionCode;
import dev.lit4j.network.action.LitActionRunner;
import dev.lit4j.network.action.LitActions;
import dev.lit4j.network.action.LitAuthContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomAuthActionTest {
    private static final LitAuthContext WALLET = new LitAuthContext(
            List.of(),
            List.of(new AuthMethodContext("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "lit", 1, true, 1L)),
            null,
            List.of());

    private final LitActionRunner runner = new LitActionRunner(Duration.ofMillis(500));
    private final LitActions actions = new LitActions(runner);

    @AfterEach
    void closeRunner() {
        runner.close();
    }

    private static String base64(String code) {
        return Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject params(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void codeThatAnswersTrueSeesItsParamsAndAuthContext() {
        String code = "Lit.Actions.setResponse({response: JSON.stringify([magic === 42, Lit.Auth.actionIpfsIds,"
                + " Lit.Auth.authMethodContexts[0].userId])});";
        IpfsCid cid = LitActionCode.of(code).cid();

        CustomAuthAction.Passed passed =
                CustomAuthAction.run(actions, base64(code), null, params("{\"magic\":42}"), WALLET);

        assertEquals(cid, passed.cid());
        assertEquals("[true,[\"" + cid + "\"],\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"]", passed.response());
    }

    @Test
    void aRegisteredActionRunsByItsIpfsId() {
        IpfsCid cid = actions.register("Lit.Actions.setResponse({response: 'true'});");

        assertEquals(
                new CustomAuthAction.Passed(cid, "true"),
                CustomAuthAction.run(actions, null, cid.value(), new JsonObject(), LitAuthContext.EMPTY));
    }

    @Test
    void aResponseWithoutTrueFailsAuthentication() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> CustomAuthAction.run(
                        actions,
                        base64("Lit.Actions.setResponse({response: 'false'});"),
                        null,
                        new JsonObject(),
                        WALLET));

        assertEquals(
                "{\"details\":[\"Authentication failed for session_sig signing via Lit Action\"],\"errorCode\":"
                        + "\"NodeLitActionsSessionSigAuthenticationFailed\",\"errorKind\":\"Validation\",\"message\":\"Lit"
                        + " Actions returned false for sessionSig signing authentication\",\"status\":401}",
                e.toPublicJson(null));
    }

    @Test
    void codeAndIpfsIdTogetherAreRefused() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> CustomAuthAction.run(
                        actions,
                        base64("1"),
                        "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o",
                        new JsonObject(),
                        WALLET));

        assertEquals(
                "{\"details\":[\"Can't provide both code & lit_action_ipfs_id\"],\"errorKind\":\"Unexpected\","
                        + "\"message\":\"An unexpected error has occured.\",\"status\":500}",
                e.toPublicJson(null));
    }

    @Test
    void codeThatIsNotBase64CannotBeDecoded() {
        LitNodeError e = assertThrows(
                LitNodeError.class, () -> CustomAuthAction.run(actions, "not base64!", null, new JsonObject(), WALLET));

        assertEquals(ErrorKind.CONVERSION, e.kind());
        assertEquals(500, e.status());
        assertEquals("Your Lit Action code could not be decoded", e.details().get(0));
    }

    @Test
    void anUnknownIpfsIdCannotBeFetched() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> CustomAuthAction.run(
                        actions, null, "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o", new JsonObject(), WALLET));

        assertEquals(ErrorKind.IPFS, e.kind());
        assertEquals(500, e.status());
        assertEquals("Error getting ipfs file", e.details().get(0));
    }

    @Test
    void anActionThatThrowsIsAnExecutionError() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> CustomAuthAction.run(
                        actions, base64("throw new Error('boom');"), null, new JsonObject(), WALLET));

        assertEquals(NodeErrorCode.NODE_JS_EXECUTION_ERROR, e.code());
        assertEquals(ErrorKind.UNEXPECTED, e.kind());
        assertEquals(502, e.status());
        assertEquals("Error executing JS", e.details().get(0));
    }

    @Test
    void anActionThatRunsTooLongIsATimeout() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> CustomAuthAction.run(actions, base64("while (true) {}"), null, new JsonObject(), WALLET));

        assertEquals(NodeErrorCode.NODE_JS_TIMEOUT_ERROR, e.code());
        assertEquals(ErrorKind.TIMEOUT, e.kind());
        assertEquals(502, e.status());
    }
}
