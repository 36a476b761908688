package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.SessionShareCheck;
import dev.lit4j.adapters.node.internal.ShareQuorum;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.network.bls.BlsThresholdKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Combining shares as they arrive, and finding a verifying combination around wrong ones. */
class ShareQuorumTest {
    private static final String SIWE = Fixtures.siwe("0x" + "ab".repeat(32));
    private static final String OTHER_SIWE = Fixtures.siwe("0x" + "cd".repeat(32));

    private static ShareAnswer share(BlsThresholdKey key, int index, String siwe, boolean wrong) {
        return ShareAnswer.parse(
                "http://n" + index,
                Fixtures.body(DatilAnswers.answer(
                        key.share(index), siwe, key.publicKey().hex(), wrong)),
                new SessionShareCheck.Expected(key.publicKey(), Fixtures.SESSION_KEY.uri(), Fixtures.PKP.ethAddress()));
    }

    @Test
    void combinesAtTheThresholdAndVerifies() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(3, 5, 1);
        ShareQuorum quorum = new ShareQuorum(3, key.publicKey());

        assertEquals(Optional.empty(), quorum.offer(share(key, 4, SIWE, false)));
        assertEquals(Optional.empty(), quorum.offer(share(key, 0, SIWE, false)));
        ShareQuorum.Combined combined = quorum.offer(share(key, 2, SIWE, false)).orElseThrow();

        assertEquals(SIWE, combined.signedText());
        assertEquals(List.of("http://n4", "http://n0", "http://n2"), combined.signers());
        assertTrue(BlsPopScheme.verify(
                key.publicKey(), share(key, 0, SIWE, false).message().bytes(), combined.signature()));
        assertEquals(key.signWithRootSecret(share(key, 0, SIWE, false).message().bytes()), combined.signature());
    }

    @Test
    void aWrongShareIsWorkedAroundWithTheNextShare() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(3, 5, 2);
        ShareQuorum quorum = new ShareQuorum(3, key.publicKey());

        quorum.offer(share(key, 0, SIWE, false));
        quorum.offer(share(key, 1, SIWE, true));
        assertEquals(
                Optional.empty(), quorum.offer(share(key, 2, SIWE, false)), "the wrong share spoils the first three");
        ShareQuorum.Combined combined = quorum.offer(share(key, 3, SIWE, false)).orElseThrow();

        assertEquals(List.of("http://n0", "http://n2", "http://n3"), combined.signers());
    }

    @Test
    void sharesOfDifferentSiwesAreNotCombined() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 3);
        ShareQuorum quorum = new ShareQuorum(2, key.publicKey());

        assertEquals(Optional.empty(), quorum.offer(share(key, 0, SIWE, false)));
        assertEquals(Optional.empty(), quorum.offer(share(key, 1, OTHER_SIWE, false)));
        assertEquals(1, quorum.largestGroup());
        assertEquals(2, quorum.validShares());
        ShareQuorum.Combined combined = quorum.offer(share(key, 2, SIWE, false)).orElseThrow();

        assertEquals(List.of("http://n0", "http://n2"), combined.signers());
    }

    @Test
    void aShareOfAnotherSiweIsReportedWithTheFirstDifference() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(3, 3, 3);
        ShareQuorum quorum = new ShareQuorum(3, key.publicKey());
        quorum.offer(share(key, 0, SIWE, false));
        quorum.offer(share(key, 1, OTHER_SIWE, false));
        quorum.offer(share(key, 2, SIWE, false));

        NodeFailure odd = quorum.unusedShares().get(0);

        assertEquals(1, quorum.unusedShares().size(), "valid shares that were merely too few are no failure");
        assertEquals("http://n1", odd.nodeUrl());
        assertEquals(NodeFailure.Kind.INVALID_SHARE, odd.kind());
        assertEquals(
                "it signed a SIWE that differs from the one 2 other nodes signed, at line 9: \"Nonce: 0x"
                        + "cd".repeat(32) + "\" where they have \"Nonce: 0x" + "ab".repeat(32) + "\"",
                odd.message());
    }

    @Test
    void aRepeatedShareIndexIsRefused() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 4);
        ShareQuorum quorum = new ShareQuorum(2, key.publicKey());
        quorum.offer(share(key, 1, SIWE, true));

        assertEquals(
                "its share index 1 is the one http://n1 already gave",
                assertThrows(InvalidShareException.class, () -> quorum.offer(share(key, 1, SIWE, false)))
                        .getMessage());
    }

    @Test
    void sharesInNoVerifyingCombinationAreReported() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 5);
        ShareQuorum quorum = new ShareQuorum(2, key.publicKey());

        quorum.offer(share(key, 0, SIWE, true));
        quorum.offer(share(key, 1, SIWE, true));
        assertEquals(Optional.empty(), quorum.offer(share(key, 2, SIWE, false)));

        List<NodeFailure> unused = quorum.unusedShares();
        assertEquals(
                List.of("http://n0", "http://n1", "http://n2"),
                unused.stream().map(NodeFailure::nodeUrl).toList());
        assertEquals(
                "its share is in no combination of 2 shares that verifies under the network key",
                unused.get(0).message());
    }

    @Test
    void theNumberOfCombinationsTriedIsBounded() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(4, 12, 6);
        ShareQuorum quorum = new ShareQuorum(4, key.publicKey());
        for (int i = 0; i < 12; i++) {
            assertEquals(Optional.empty(), quorum.offer(share(key, i, SIWE, true)));
        }

        assertTrue(
                quorum.unusedShares()
                        .get(0)
                        .message()
                        .endsWith("(after " + ShareQuorum.MAX_VERIFICATIONS + " combinations, the most Lit4j tries)"),
                quorum.unusedShares().get(0).message());
    }

    @Test
    void aThresholdOfOneNeedsOneShare() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(1, 2, 7);

        assertTrue(new ShareQuorum(1, key.publicKey())
                .offer(share(key, 1, SIWE, false))
                .isPresent());
    }
}
