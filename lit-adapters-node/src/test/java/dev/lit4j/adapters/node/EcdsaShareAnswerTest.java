package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.lit4j.adapters.node.internal.EcdsaShareQuorum;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.PkpSignRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The transcript's answers as the adapter reads them, and the answers it refuses. */
class EcdsaShareAnswerTest {
    private static final List<String> URLS = PkpSignTranscript.nodeUrls();
    private static final PkpSignRequest REQUEST = PkpSignTranscript.request(URLS);

    @Test
    void readsTheSharesAndTheFailShareAndTheQuorumCombinesThemToTheSdkResult() {
        EcdsaShareQuorum quorum = new EcdsaShareQuorum(2, REQUEST);
        Optional<PkpSignature> signature = Optional.empty();
        for (int node = 0; node < 3; node++) {
            Optional<EcdsaSignatureShare> share =
                    EcdsaShareAnswer.parse(URLS.get(node), Fixtures.body(PkpSignTranscript.answer(node)), REQUEST);
            assertEquals(node != 1, share.isPresent(), "node 1 answered the fail share");
            if (share.isPresent()) {
                signature = quorum.offer(share.get());
            }
        }

        assertEquals(
                PkpSignTranscript.TRANSCRIPT.getAsJsonObject("sdkResult").toString(),
                signature.orElseThrow().toJson());
    }

    @Test
    void refusesAnAnswerThatIsNotASuccessOrHasNoShare() {
        JsonObject notSuccess = PkpSignTranscript.answer(0);
        notSuccess.addProperty("success", false);
        JsonObject noShare = PkpSignTranscript.answer(0);
        noShare.remove("signatureShare");

        assertEquals(
                "\"success\" is false; expected true",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> EcdsaShareAnswer.parse(URLS.get(0), Fixtures.body(notSuccess), REQUEST))
                        .getMessage());
        assertEquals(
                "\"signatureShare\" is missing; expected the node's SignedMessageShare",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> EcdsaShareAnswer.parse(URLS.get(0), Fixtures.body(noShare), REQUEST))
                        .getMessage());
    }

    @Test
    void refusesAShareOfAnotherTypeKeyOrDigestOrWithBadHex() {
        JsonObject p256 = PkpSignTranscript.answer(0);
        p256.getAsJsonObject("signatureShare").addProperty("sig_type", "EcdsaCaitSithP256");
        JsonObject otherDigest = PkpSignTranscript.answer(0);
        otherDigest.getAsJsonObject("signatureShare").addProperty("digest", "\"" + "11".repeat(32) + "\"");
        JsonObject badR = PkpSignTranscript.answer(0);
        badR.getAsJsonObject("signatureShare").addProperty("big_r", "\"02XYZ\"");

        assertEquals(
                "its sig_type is \"EcdsaCaitSithP256\"; a PKP signs with K256",
                assertThrows(
                                InvalidShareException.class,
                                () -> EcdsaShareAnswer.parse(URLS.get(0), Fixtures.body(p256), REQUEST))
                        .getMessage());
        assertEquals(
                "it signed " + "11".repeat(32) + ", not the requested " + REQUEST.toSign(),
                assertThrows(
                                InvalidShareException.class,
                                () -> EcdsaShareAnswer.parse(URLS.get(0), Fixtures.body(otherDigest), REQUEST))
                        .getMessage());
        String message = assertThrows(
                        MalformedAnswerException.class,
                        () -> EcdsaShareAnswer.parse(URLS.get(0), Fixtures.body(badR), REQUEST))
                .getMessage();
        assertTrue(message.startsWith("its signatureShare.big_r: "), message);
    }
}
