package dev.lit4j.network.bls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.BlsSignatureShare;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlsThresholdKeyTest {
    private static final byte[] MESSAGE = "lit_session test message".getBytes(StandardCharsets.UTF_8);
    // pinned so that fixtures recorded from a seeded network keep their key across versions of the dealing
    private static final String SEED_42_PUBLIC_KEY =
            "b1a8b24499e130cfd7486c9ea27fd8bea0ac75fd3f6936903bd77aa89832e784c43311324cf32e786be78e1aff97685f";

    private static BlsSignature combine(BlsThresholdKey key, List<Integer> shareIndexes) {
        List<BlsSignatureShare> shares = new ArrayList<>();
        for (int i : shareIndexes) {
            shares.add(key.share(i).sign(MESSAGE));
        }
        return BlsShareCombiner.combine(shares);
    }

    private static void assertReconstructs(BlsThresholdKey key, List<Integer> shareIndexes) {
        BlsSignature combined = combine(key, shareIndexes);
        assertEquals(key.signWithRootSecret(MESSAGE), combined, shareIndexes.toString());
        assertTrue(BlsPopScheme.verify(key.publicKey(), MESSAGE, combined), shareIndexes.toString());
    }

    /** {@code count} distinct share indexes of {@code key}, drawn with {@code random}. */
    private static List<Integer> subset(BlsThresholdKey key, int count, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < key.nodeCount(); i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, count));
    }

    @Test
    void everySubsetOfTwoOfThreeReconstructsTheRootSignature() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 1);
        for (List<Integer> subset :
                List.of(List.of(0, 1), List.of(0, 2), List.of(1, 2), List.of(2, 0), List.of(0, 1, 2))) {
            assertReconstructs(key, subset);
        }
    }

    @Test
    void thresholdSubsetsOfSevenOfTenReconstructTheRootSignature() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(7, 10, 2);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            assertReconstructs(key, subset(key, 7, random));
        }
        assertReconstructs(key, subset(key, 8, random));
        assertReconstructs(key, List.of(3, 4, 5, 6, 7, 8, 9));
        assertReconstructs(key, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void aRandomKeyWorksLikeASeededOne() {
        BlsThresholdKey key = BlsThresholdKey.generate(3, 5);
        assertReconstructs(key, List.of(4, 0, 2));
        assertFalse(BlsPopScheme.verify(key.publicKey(), MESSAGE, combine(key, List.of(4, 0))));
    }

    @Test
    void aThresholdOfOneMakesEveryShareTheRootSignature() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(1, 3, 3);
        for (BlsKeyShare share : key.shares()) {
            assertEquals(key.signWithRootSecret(MESSAGE), share.sign(MESSAGE).signature());
        }
    }

    @Test
    void fewerThanThresholdSharesDoNotVerify() {
        BlsThresholdKey twoOfThree = BlsThresholdKey.fromSeed(2, 3, 4);
        for (int i = 0; i < 3; i++) {
            assertFalse(BlsPopScheme.verify(twoOfThree.publicKey(), MESSAGE, combine(twoOfThree, List.of(i))));
        }
        BlsThresholdKey sevenOfTen = BlsThresholdKey.fromSeed(7, 10, 5);
        Random random = new Random(6);
        for (int round = 0; round < 4; round++) {
            List<Integer> six = subset(sevenOfTen, 6, random);
            BlsSignature combined = combine(sevenOfTen, six);
            assertNotEquals(sevenOfTen.signWithRootSecret(MESSAGE), combined, six.toString());
            assertFalse(BlsPopScheme.verify(sevenOfTen.publicKey(), MESSAGE, combined), six.toString());
        }
    }

    @Test
    void aWrongShareBreaksVerification() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(7, 10, 8);
        List<BlsSignatureShare> shares = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            shares.add(key.share(i).sign(MESSAGE));
        }
        assertTrue(BlsPopScheme.verify(key.publicKey(), MESSAGE, BlsShareCombiner.combine(shares)));

        BlsSignatureShare wrong = key.share(3).signWrongly(MESSAGE);
        assertEquals(4, wrong.identifier());
        assertNotEquals(shares.get(3), wrong);
        shares.set(3, wrong);
        assertFalse(BlsPopScheme.verify(key.publicKey(), MESSAGE, BlsShareCombiner.combine(shares)));

        // the wrong share still parses like any node's answer
        assertEquals(wrong, BlsSignatureShare.fromJson("signatureShare", wrong.toJson()));
    }

    @Test
    void aWrongShareAmongMoreThanThresholdSharesStillBreaksVerification() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 9);
        List<BlsSignatureShare> shares = List.of(
                key.share(0).sign(MESSAGE),
                key.share(1).signWrongly(MESSAGE),
                key.share(2).sign(MESSAGE));
        assertFalse(BlsPopScheme.verify(key.publicKey(), MESSAGE, BlsShareCombiner.combine(shares)));
    }

    @Test
    void sharesCarryTheDatilIdentifier() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 4, 10);
        assertEquals(4, key.nodeCount());
        assertEquals(2, key.threshold());
        for (int i = 0; i < 4; i++) {
            BlsKeyShare share = key.share(i);
            assertEquals(i, share.shareIndex());
            assertEquals(i + 1, share.identifier());
            BlsSignatureShare signed = share.sign(MESSAGE);
            assertEquals(i + 1, signed.identifier());
            assertEquals(i, signed.shareIndex());
            assertEquals(String.format("%02x", i + 1), signed.hex().substring(0, 2));
        }
        assertEquals(key.shares(), List.of(key.share(0), key.share(1), key.share(2), key.share(3)));
    }

    @Test
    void aSeedDealsTheSameKeyEveryTime() {
        BlsThresholdKey first = BlsThresholdKey.fromSeed(3, 5, 42);
        BlsThresholdKey again = BlsThresholdKey.fromSeed(3, 5, 42);
        assertEquals(first.publicKey(), again.publicKey());
        for (int i = 0; i < 5; i++) {
            assertEquals(first.share(i).sign(MESSAGE), again.share(i).sign(MESSAGE));
        }
        assertEquals(SEED_42_PUBLIC_KEY, first.publicKey().hex());
        assertNotEquals(first.publicKey(), BlsThresholdKey.fromSeed(3, 5, 43).publicKey());
        assertNotEquals(first.publicKey(), BlsThresholdKey.generate(3, 5).publicKey());
        assertNotEquals(
                BlsThresholdKey.generate(3, 5).publicKey(),
                BlsThresholdKey.generate(3, 5).publicKey());
    }

    @Test
    void wrongSharesAreWrongIndependentlySoThatNoCombinationOfThemVerifies() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(3, 5, 9);
        // every combination of 3 to 5 shares in which shares 0 and 1, or 0, 1 and 3, are wrong
        for (List<Integer> wrong : List.of(List.of(0, 1), List.of(0, 1, 3))) {
            for (int mask = 0; mask < 32; mask++) {
                List<BlsSignatureShare> shares = new ArrayList<>();
                boolean anyWrong = false;
                for (int i = 0; i < 5; i++) {
                    if ((mask & (1 << i)) != 0) {
                        anyWrong |= wrong.contains(i);
                        shares.add(
                                wrong.contains(i)
                                        ? key.share(i).signWrongly(MESSAGE)
                                        : key.share(i).sign(MESSAGE));
                    }
                }
                if (shares.size() >= 3 && anyWrong) {
                    assertFalse(
                            BlsPopScheme.verify(key.publicKey(), MESSAGE, BlsShareCombiner.combine(shares)),
                            "wrong " + wrong + ", combined " + Integer.toBinaryString(mask));
                }
            }
        }
        assertEquals(key.share(2).signWrongly(MESSAGE), key.share(2).signWrongly(MESSAGE), "deterministic");
        assertNotEquals(key.share(2).sign(MESSAGE), key.share(2).signWrongly(MESSAGE));
    }

    @Test
    void differentMessagesGiveDifferentSignatures() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 11);
        byte[] other = "another message".getBytes(StandardCharsets.UTF_8);
        BlsSignature combined = combine(key, List.of(0, 1));
        assertNotEquals(key.signWithRootSecret(other), combined);
        assertFalse(BlsPopScheme.verify(key.publicKey(), other, combined));
    }

    @Test
    void rejectsImpossibleDealings() {
        assertRejected(() -> BlsThresholdKey.generate(0, 3), "threshold: expected 1..255, got 0");
        assertRejected(() -> BlsThresholdKey.fromSeed(256, 256, 1), "threshold: expected 1..255, got 256");
        assertRejected(
                () -> BlsThresholdKey.generate(4, 3),
                "nodeCount: expected 4..255 (at least the threshold,"
                        + " at most one node per one-byte identifier), got 3");
        assertRejected(
                () -> BlsThresholdKey.fromSeed(2, 256, 1),
                "nodeCount: expected 2..255 (at least the"
                        + " threshold, at most one node per one-byte identifier), got 256");
    }

    @Test
    void rejectsAnUnknownShareIndexAndANullMessage() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 12);
        assertRejected(() -> key.share(3), "shareIndex: expected 0..2, got 3");
        assertRejected(() -> key.share(-1), "shareIndex: expected 0..2, got -1");
        assertRejected(() -> key.share(0).sign(null), "message: is missing");
        assertRejected(() -> key.share(0).signWrongly(null), "message: is missing");
        assertRejected(() -> key.signWithRootSecret(null), "message: is missing");
    }

    @Test
    void toStringHidesTheSecrets() {
        BlsThresholdKey key = BlsThresholdKey.fromSeed(2, 3, 13);
        assertEquals(
                "BlsThresholdKey[threshold=2, nodeCount=3, publicKey="
                        + key.publicKey().hex() + ", secrets=<hidden>]",
                key.toString());
        assertEquals(
                "BlsKeyShare[shareIndex=1, identifier=2, secret=<hidden>]",
                key.share(1).toString());
    }

    private static void assertRejected(Runnable call, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
        assertEquals(message, e.getMessage());
    }
}
