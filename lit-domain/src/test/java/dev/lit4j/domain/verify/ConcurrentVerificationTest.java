package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.DELEGATION;
import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.VECTOR_SESSION_SIG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.resource.LitAbility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads verifying at once through one verifier and one small cache get the verdicts one thread gets. */
class ConcurrentVerificationTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @Test
    void sharedVerifierAndCacheGiveTheSingleThreadedVerdicts() throws Exception {
        List<AuthSig> sessionSigs = sessionSigs();
        SessionSigVerifier reference = Fixtures.verifier(VerificationMode.STRICT);
        List<SessionSigVerification> expected = new ArrayList<>();
        for (AuthSig sessionSig : sessionSigs) {
            expected.add(reference.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING));
        }
        VerifiedSigCache cache = new VerifiedSigCache(3);
        SessionSigVerifier shared = SessionSigVerifier.builder(Fixtures.NODE, VerificationMode.STRICT)
                .clock(Fixtures.clockAt(Fixtures.NOW))
                .cache(cache)
                .build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<SessionSigVerification>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            Callable<List<SessionSigVerification>> task = () -> {
                start.await();
                List<SessionSigVerification> results = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < sessionSigs.size(); i++) {
                        // each thread walks the list from another place, so entries are evicted and shared
                        int index = (i + offset) % sessionSigs.size();
                        results.add(shared.verify(sessionSigs.get(index), PKP_ANY, LitAbility.PKP_SIGNING));
                    }
                }
                return results;
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<SessionSigVerification> results = futures.get(t).get(120, TimeUnit.SECONDS);
                for (int j = 0; j < results.size(); j++) {
                    int index = (j % sessionSigs.size() + t) % sessionSigs.size();
                    assertEquals(expected.get(index), results.get(j), "thread " + t + ", session sig " + index);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, cache.size());
        // every verification looked up its session sig and each capability it examined, and none was lost
        assertEquals(THREADS * ROUNDS * lookups(expected), cache.hits() + cache.misses());
    }

    private static long lookups(List<SessionSigVerification> results) {
        return results.stream()
                .mapToLong(result -> 1 + result.capabilities().size())
                .sum();
    }

    private static List<AuthSig> sessionSigs() {
        byte[] sig = Hex.decode("sig", VECTOR_SESSION_SIG.sig());
        sig[40] ^= 1;
        AuthSig badSignature = new AuthSig(
                Hex.encode(sig),
                VECTOR_SESSION_SIG.derivedVia(),
                VECTOR_SESSION_SIG.signedMessage(),
                VECTOR_SESSION_SIG.address(),
                VECTOR_SESSION_SIG.algo());
        AuthSig expiredCapability = Fixtures.walletAuthSig(
                Fixtures.walletSiwe(Fixtures.SESSION_KEY.uri(), Instant.parse("2025-01-15T10:00:00Z")));
        return List.of(
                VECTOR_SESSION_SIG,
                badSignature,
                Fixtures.withCapabilities(List.of(DELEGATION, EOA)),
                Fixtures.withCapabilities(List.of(expiredCapability)),
                Fixtures.withTimes("2025-01-15T09:00:00.000Z", "2025-01-15T09:00:01.000Z"),
                Fixtures.sessionSig(
                        Fixtures.REQUESTS,
                        List.of(EOA),
                        Fixtures.ISSUED_AT,
                        Fixtures.EXPIRATION,
                        "https://1.1.1.1:443"));
    }
}
