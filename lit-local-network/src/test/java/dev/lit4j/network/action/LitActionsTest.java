package dev.lit4j.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LitActionsTest {
    private static final String CODE = "Lit.Actions.setResponse({response: 'true'});";

    private final LitActionRunner runner = new LitActionRunner(Duration.ofSeconds(2));
    private final LitActions actions = new LitActions(runner);

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void registeredCodeIsFoundByItsCid() {
        IpfsCid cid = actions.register(CODE);

        assertEquals(IpfsCid.ofContent(CODE.getBytes(StandardCharsets.UTF_8)), cid);
        assertEquals(Optional.of(LitActionCode.of(CODE)), actions.find(cid));
        assertEquals(LitActionCode.of(CODE), actions.resolve(null, cid.value()));
    }

    @Test
    void base64CodeResolvesWithItsCid() {
        String code = "// ünïcödé\n" + CODE;
        String base64 = Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8));

        LitActionCode resolved = actions.resolve(base64, null);

        assertEquals(code, resolved.code());
        assertEquals(IpfsCid.ofContent(code.getBytes(StandardCharsets.UTF_8)), resolved.cid());
        assertEquals(
                "true",
                actions.run(resolved, new JsonObject(), LitAuthContext.EMPTY).response());
    }

    @Test
    void exactlyOneSourceMustBeGiven() {
        InvalidInputException both = assertThrows(
                InvalidInputException.class,
                () -> actions.resolve("YQ==", "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"));
        assertEquals("code: give either code or litActionIpfsId, not both", both.getMessage());

        InvalidInputException neither = assertThrows(InvalidInputException.class, () -> actions.resolve(null, null));
        assertEquals("code: neither code nor litActionIpfsId is given", neither.getMessage());
    }

    @Test
    void unknownCidIsRejected() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> actions.resolve(null, "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"));

        assertEquals(
                "litActionIpfsId: no code with CID QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o is registered;"
                        + " register it with LocalLitNetwork.actions().register(code)",
                e.getMessage());
    }

    @Test
    void malformedBase64AndNonUtf8AreRejected() {
        InvalidInputException base64 =
                assertThrows(InvalidInputException.class, () -> actions.resolve("not base64!", null));
        assertEquals("code", base64.field());
        assertTrue(base64.getMessage().startsWith("code: is not standard base64: "), base64.getMessage());

        String latin1 = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xe9});
        InvalidInputException utf8 = assertThrows(InvalidInputException.class, () -> actions.resolve(latin1, null));
        assertEquals("code: the decoded source is not UTF-8", utf8.getMessage());
    }

    @Test
    void codeAndCidMustMatch() {
        IpfsCid other = IpfsCid.ofContent(new byte[0]);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LitActionCode(CODE, other));

        assertEquals("cid: the code's CID is " + LitActionCode.of(CODE).cid() + ", not " + other, e.getMessage());
    }
}
