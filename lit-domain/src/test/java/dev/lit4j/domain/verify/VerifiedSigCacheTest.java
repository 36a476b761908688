package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.NODE;
import static dev.lit4j.domain.verify.Fixtures.NOW;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.SESSION_KEY;
import static dev.lit4j.domain.verify.Fixtures.VECTOR_SESSION_SIG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.siwe.SiweVectors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifiedSigCacheTest {

    @Test
    void remembersTheSignatureWorkAndGivesTheSameVerdict() {
        VerifiedSigCache cache = new VerifiedSigCache(10);
        SessionSigVerifier verifier = cached(cache, NOW);
        SessionSigVerification first = verifier.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(2, cache.size(), "the session sig and its capability");
        assertEquals(0, cache.hits());
        assertEquals(2, cache.misses());
        SessionSigVerification second = verifier.verify(copy(VECTOR_SESSION_SIG), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(2, cache.hits());
        assertEquals(first, second);
        assertTrue(second.valid());
        assertEquals(
                first,
                Fixtures.verifier(VerificationMode.NODE_FAITHFUL)
                        .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING),
                "the same as without a cache");
    }

    @Test
    void remembersARefusalToo() {
        VerifiedSigCache cache = new VerifiedSigCache(10);
        SessionSigVerifier verifier = cached(cache, NOW);
        byte[] sig = Hex.decode("sig", VECTOR_SESSION_SIG.sig());
        sig[40] ^= 1;
        AuthSig bad = new AuthSig(
                Hex.encode(sig),
                VECTOR_SESSION_SIG.derivedVia(),
                VECTOR_SESSION_SIG.signedMessage(),
                VECTOR_SESSION_SIG.address(),
                VECTOR_SESSION_SIG.algo());
        SessionSigVerification first = verifier.verify(bad, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(first, verifier.verify(bad, PKP_ANY, LitAbility.PKP_SIGNING));
        assertEquals(1, cache.size());
        assertEquals(1, cache.hits());
        assertFalse(first.valid());
    }

    @Test
    void appliesTheTimeAndRequestRulesEveryTime() {
        VerifiedSigCache cache = new VerifiedSigCache(10);
        assertTrue(cached(cache, NOW)
                .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
        SessionSigVerification expired = cached(cache, Instant.parse("2025-01-16T10:01:01Z"))
                .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE), expired.nodeError());
        SessionSigVerifier otherNode = SessionSigVerifier.builder(
                        NodeAddress.of("1.1.1.1:443"), VerificationMode.NODE_FAITHFUL)
                .clock(Fixtures.clockAt(NOW))
                .cache(cache)
                .build();
        assertEquals(
                Optional.of(SessionSigErrorCode.NOT_AUTHORIZED),
                otherNode
                        .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING)
                        .nodeError());
    }

    @Test
    void dropsACapabilityOnceItsSiweHasExpired() {
        Instant siweExpiry = Instant.parse("2025-01-15T10:30:00Z");
        AuthSig shortLived = Fixtures.walletAuthSig(Fixtures.walletSiwe(SESSION_KEY.uri(), siweExpiry));
        AuthSig sessionSig = Fixtures.withCapabilities(List.of(shortLived));
        VerifiedSigCache cache = new VerifiedSigCache(10);
        assertTrue(cached(cache, NOW)
                .verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
        assertTrue(cached(cache, siweExpiry)
                .verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
        assertEquals(2, cache.size());
        assertEquals(2, cache.hits());

        SessionSigVerification after =
                cached(cache, siweExpiry.plusMillis(1)).verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(
                "its SIWE expired at 2025-01-15T10:30:00.000Z; now is 2025-01-15T10:30:00.001Z",
                after.findings().get(0).reason());
        assertEquals(1, cache.size(), "the capability entry is gone; the session sig's is still usable");
        assertEquals(3, cache.hits());
    }

    @Test
    void dropsASessionSigOnceItsGraceIsOver() {
        VerifiedSigCache cache = new VerifiedSigCache(10);
        cached(cache, NOW).verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        // expiration 10:00:00.000 passes, in whole seconds, until 10:01:00.999
        SessionSigVerification lastSecond = cached(cache, Instant.parse("2025-01-16T10:01:00.999Z"))
                .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), lastSecond.nodeError());
        assertEquals(1, cache.size(), "the session sig's entry is kept, its expired capability's is not");
        SessionSigVerification late = cached(cache, Instant.parse("2025-01-16T10:01:01Z"))
                .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE), late.nodeError());
        assertEquals(0, cache.size(), "an expired session sig is neither kept nor stored again");
    }

    @Test
    void keepsAtMostItsBoundDroppingTheLeastRecentlyUsed() {
        VerifiedSigCache cache = new VerifiedSigCache(2);
        SessionSigVerifier verifier = cached(cache, NOW);
        AuthSig one = Fixtures.withTimes("2025-01-15T10:00:01.000Z", Fixtures.EXPIRATION);
        AuthSig two = Fixtures.withTimes("2025-01-15T10:00:02.000Z", Fixtures.EXPIRATION);
        verifier.verify(one, PKP_ANY, LitAbility.PKP_SIGNING);
        verifier.verify(two, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(2, cache.size());
        assertEquals(2, cache.maxEntries());
        long misses = cache.misses();
        long hits = cache.hits();
        verifier.verify(two, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(hits + 2, cache.hits(), "the capability and session sig two are kept");
        verifier.verify(one, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(misses + 1, cache.misses(), "session sig one was dropped");
        assertEquals(2, cache.size());
        cache.clear();
        assertEquals(0, cache.size());
        assertEquals(0, cache.hits());
        assertEquals(0, cache.misses());
    }

    @Test
    void keepsBlsVerdictsApartPerNetworkKey() {
        BlsPublicKey root =
                BlsPublicKey.parse("key", Vectors.string("bls-session-key-responses.json", "0", "blsRootPubkey"));
        BlsPublicKey other = BlsPublicKey.parse(
                "key",
                "a43499a4b786da2dd28af9f209eb152ff6f646b34b68a02954967271e17fb4c511fd67b81e067f690c6f38acab70585d");
        AuthSig capability = new AuthSig(
                "{\"ProofOfPossession\":\"8a39b3fec4614f95e320e773b5668c2afb6969e6b4093bb30fca3b"
                        + "635a098438d4b70d2f2938bb86432901bac71dd74f1820c14dd1dde11fb69b261fe6bad5efa6947c02a3399cca3b6ffd9556"
                        + "52ab01213374699f1458d9611a8ee790e3e74c\"}",
                AuthSig.DERIVED_VIA_BLS,
                SiweVectors.nodePkpSiwe(),
                "0x7f2e96c99F9551915DA9e9F828F512330f130acB",
                AuthSig.ALGO_BLS);
        String sessionKey = "73e09d1ad1faa329bef12ebaf9b982d2925746e3677cabd4b6b7196096a6ee02";
        Instant now = Instant.parse("2024-04-25T12:00:00Z");
        VerifiedSigCache cache = new VerifiedSigCache(10);
        CapabilityValidator good = new CapabilityValidator(VerificationMode.NODE_FAITHFUL, root, cache);
        CapabilityValidator wrong = new CapabilityValidator(VerificationMode.NODE_FAITHFUL, other, cache);
        for (int round = 0; round < 2; round++) {
            assertTrue(good.forSession(0, capability, sessionKey, PKP_ANY, LitAbility.PKP_SIGNING, now)
                    .isAccepted());
            assertFalse(wrong.forSession(0, capability, sessionKey, PKP_ANY, LitAbility.PKP_SIGNING, now)
                    .isAccepted());
        }
        assertEquals(2, cache.size());
        assertEquals(2, cache.hits());
    }

    @Test
    void theEoaCapabilityIsSharedBetweenSessionSigs() {
        VerifiedSigCache cache = new VerifiedSigCache(10);
        SessionSigVerifier verifier = cached(cache, NOW);
        verifier.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        verifier.verify(
                Fixtures.withTimes("2025-01-15T10:00:03.000Z", Fixtures.EXPIRATION), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(3, cache.size());
        assertEquals(1, cache.hits(), "the second session sig carries the same capability, " + EOA.address());
    }

    @Test
    void needsRoomForOneEntry() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new VerifiedSigCache(0));
        assertEquals("maxEntries: must be at least 1, got 0", e.getMessage());
    }

    private static SessionSigVerifier cached(VerifiedSigCache cache, Instant now) {
        return SessionSigVerifier.builder(NODE, VerificationMode.NODE_FAITHFUL)
                .clock(Fixtures.clockAt(now))
                .cache(cache)
                .build();
    }

    // equal content in new String instances, as a request parser would give
    private static AuthSig copy(AuthSig sig) {
        return new AuthSig(
                new String(sig.sig()),
                new String(sig.derivedVia()),
                new String(sig.signedMessage()),
                new String(sig.address()),
                new String(sig.algo()));
    }
}
