package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.adapters.node.internal.EcdsaShareQuorum;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quorum finds the signing subset's shares among forged ones, and says which shares it could not use. */
class EcdsaShareQuorumTest {
    private static final List<String> URLS = PkpSignTranscript.nodeUrls();
    private static final PkpSignRequest REQUEST = PkpSignTranscript.request(URLS);
    private static final EcdsaSignatureShare NODE_0 = share(0);
    private static final EcdsaSignatureShare NODE_2 = share(2);
    private static final EcdsaSignatureShare FORGED = new EcdsaSignatureShare(
            URLS.get(1), BigInteger.TEN, NODE_0.bigR(), NODE_0.publicKey(), NODE_0.dataSigned());

    @Test
    void aForgedShareWithTheCommonRIsLeftOut() {
        EcdsaShareQuorum quorum = new EcdsaShareQuorum(2, REQUEST);

        assertEquals(Optional.empty(), quorum.offer(FORGED));
        assertEquals(Optional.empty(), quorum.offer(NODE_0));
        Optional<PkpSignature> signature = quorum.offer(NODE_2);

        assertEquals(
                PkpSignTranscript.TRANSCRIPT.getAsJsonObject("sdkResult").toString(),
                signature.orElseThrow().toJson());
        assertEquals(3, quorum.combinationsTried(), "(forged, 0), then (forged, 2) and (0, 2)");
    }

    @Test
    void reportsSharesInNoVerifyingCombinationAndSharesWithAnotherR() {
        EcdsaShareQuorum quorum = new EcdsaShareQuorum(2, REQUEST);
        String anotherR = PkpSignTranscript.FILE
                .getAsJsonArray("ecdsaCombine")
                .get(0)
                .getAsJsonObject()
                .get("bigR")
                .getAsString()
                .toLowerCase();
        EcdsaSignatureShare otherR =
                new EcdsaSignatureShare(URLS.get(2), NODE_2.share(), anotherR, NODE_2.publicKey(), NODE_2.dataSigned());
        quorum.offer(NODE_0);
        quorum.offer(FORGED);
        quorum.offer(otherR);
        quorum.failShare("http://fail");

        List<NodeFailure> unused = quorum.unusedShares();

        assertEquals(3, quorum.validShares());
        assertEquals(List.of("http://fail"), quorum.failShares());
        String combined = "; the shares of " + List.of(URLS.get(0), URLS.get(1)) + " were combined";
        assertEquals(
                List.of(
                        URLS.get(0) + ": its share is in no combination of 2 shares whose signature recovers to"
                                + " the PKP's key" + combined,
                        URLS.get(1) + ": its share is in no combination of 2 shares whose"
                                + " signature recovers to the PKP's key" + combined,
                        URLS.get(2) + ": its nonce point R = " + anotherR + " differs from the one 2 other nodes used"),
                unused.stream().map(NodeFailure::describe).toList());
    }

    private static EcdsaSignatureShare share(int node) {
        return EcdsaShareAnswer.parse(URLS.get(node), Fixtures.body(PkpSignTranscript.answer(node)), REQUEST)
                .orElseThrow();
    }
}
