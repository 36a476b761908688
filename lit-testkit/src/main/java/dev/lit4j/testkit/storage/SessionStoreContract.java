package dev.lit4j.testkit.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.AWKWARD;
import static dev.lit4j.testkit.storage.SessionStoreSamples.BLS_AUTH_SIG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.IDENTITIES;
import static dev.lit4j.testkit.storage.SessionStoreSamples.LIT_ACTION;
import static dev.lit4j.testkit.storage.SessionStoreSamples.OTHER_WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.PKP;
import static dev.lit4j.testkit.storage.SessionStoreSamples.SESSION_KEY;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_ID_AS_CUSTOM;
import static dev.lit4j.testkit.storage.SessionStoreSamples.numberedAuthSig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do. An adapter's test subclasses this and supplies fresh stores;
 * the contract checks round trips, isolation between identities and session keys, expiry, clearing,
 * create-once under {@value #THREADS} concurrent threads, and that a corrupted entry is reported by name
 * while the others stay readable.
 *
 * <pre>
 * class MySessionStoreTest extends SessionStoreContract&lt;MySessionStore&gt; {
 *     protected MySessionStore newStore() { return new MySessionStore(…); }
 *     protected MySessionStore corruptSessionKey(MySessionStore store, SessionIdentity identity) {
 *         … overwrite the bytes of that identity's session-key entry in the backend …
 *         return store;
 *     }
 * }
 * </pre>
 *
 * @param <S> the store type
 */
public abstract class SessionStoreContract<S extends SessionStore> {
    /** How many threads race to create one session key. */
    protected static final int THREADS = 32;

    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(24));

    private final List<S> opened = new ArrayList<>();

    /**
     * A new, empty store. Called at most once per test, except where a test says otherwise.
     *
     * @throws Exception if the store cannot be opened
     */
    protected abstract S newStore() throws Exception;

    /**
     * Releases a store at the end of a test. By default closes it if it is {@link AutoCloseable}.
     *
     * @throws Exception if closing fails
     */
    protected void close(S store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /**
     * Damages the stored session key of {@code identity} in the backend itself (its file, row or value),
     * the way a disk error or a careless edit would. Override it where the backend can be reached; by
     * default the corruption test is skipped.
     *
     * @return the store to go on with: {@code store}, or a store reopened over the damaged backend
     * @throws Exception if the backend cannot be reached
     */
    protected S corruptSessionKey(S store, SessionIdentity identity) throws Exception {
        return Assumptions.abort(getClass().getSimpleName() + " does not override corruptSessionKey");
    }

    /** A new store from {@link #newStore()} that is {@link #close closed} after the test. */
    protected final S open() throws Exception {
        return track(newStore());
    }

    @AfterEach
    final void closeOpenedStores() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            close(opened.remove(i));
        }
    }

    @Test
    void createsASessionKeyOnceAndReturnsItAfterwards() throws Exception {
        S store = open();
        AtomicInteger created = new AtomicInteger();
        SessionKeyPair first = store.sessionKey(WALLET, () -> {
            created.incrementAndGet();
            return SESSION_KEY;
        });
        SessionKeyPair second = store.sessionKey(WALLET, () -> {
            created.incrementAndGet();
            return SessionKeyPair.generate();
        });
        assertEquals(SESSION_KEY, first);
        assertEquals(SESSION_KEY, second);
        assertEquals(1, created.get(), "the creator runs only while there is no key");
        assertEquals(
                SESSION_KEY.exportSecretKeyHex(),
                store.findSessionKey(WALLET).orElseThrow().exportSecretKeyHex());
    }

    @Test
    void findsNothingForAnUnknownIdentity() throws Exception {
        S store = open();
        assertEquals(Optional.empty(), store.findSessionKey(WALLET));
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, SESSION_KEY.publicKey(), NOW));
    }

    @Test
    void keepsAwkwardIdentitiesOfEveryKind() throws Exception {
        S store = open();
        List<SessionKeyPair> keys = new ArrayList<>();
        for (SessionIdentity identity : IDENTITIES) {
            SessionKeyPair key = store.sessionKey(identity, SessionKeyPair::generate);
            keys.add(key);
            store.putAuthSig(
                    identity, key.publicKey(), new StoredAuthSig(numberedAuthSig(keys.size(), key.publicKey()), LATER));
        }
        for (int i = 0; i < keys.size(); i++) {
            SessionIdentity identity = IDENTITIES.get(i);
            SessionKeyPair key = keys.get(i);
            assertEquals(key, store.findSessionKey(identity).orElseThrow(), identity.key());
            assertEquals(
                    numberedAuthSig(i + 1, key.publicKey()),
                    store.findAuthSig(identity, key.publicKey(), NOW)
                            .orElseThrow()
                            .authSig(),
                    identity.key());
        }
        assertEquals(IDENTITIES.size(), new HashSet<>(keys).size(), "one key per identity");
    }

    @Test
    void roundTripsAuthSigsExactly() throws Exception {
        S store = open();
        SessionPublicKey key = SESSION_KEY.publicKey();
        StoredAuthSig wallet = new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION);
        StoredAuthSig bls = new StoredAuthSig(BLS_AUTH_SIG, Instant.parse("2100-01-01T00:00:00.123Z"));
        store.putAuthSig(WALLET, key, wallet);
        store.putAuthSig(PKP, key, bls);

        Instant before = Instant.parse("2025-01-15T10:00:00Z");
        assertEquals(Optional.of(wallet), store.findAuthSig(WALLET, key, before));
        assertEquals(Optional.of(bls), store.findAuthSig(PKP, key, before));
    }

    @Test
    void replacesTheAuthSigOfTheSameIdentityAndKey() throws Exception {
        S store = open();
        SessionPublicKey key = SESSION_KEY.publicKey();
        store.putAuthSig(WALLET, key, new StoredAuthSig(numberedAuthSig(1, key), LATER));
        StoredAuthSig newer = new StoredAuthSig(numberedAuthSig(2, key), LATER.plusSeconds(60));
        store.putAuthSig(WALLET, key, newer);
        assertEquals(Optional.of(newer), store.findAuthSig(WALLET, key, NOW));
    }

    @Test
    void keepsIdentitiesAndSessionKeysApart() throws Exception {
        S store = open();
        SessionKeyPair walletKey = store.sessionKey(WALLET, SessionKeyPair::generate);
        SessionKeyPair customKey = store.sessionKey(WALLET_ID_AS_CUSTOM, SessionKeyPair::generate);
        SessionKeyPair otherKey = store.sessionKey(OTHER_WALLET, SessionKeyPair::generate);
        assertEquals(3, Set.of(walletKey, customKey, otherKey).size(), "each identity has its own key");

        AuthSig walletSig = numberedAuthSig(1, walletKey.publicKey());
        store.putAuthSig(WALLET, walletKey.publicKey(), new StoredAuthSig(walletSig, LATER));
        assertEquals(
                Optional.empty(),
                store.findAuthSig(WALLET_ID_AS_CUSTOM, walletKey.publicKey(), NOW),
                "same id, other kind");
        assertEquals(
                Optional.empty(),
                store.findAuthSig(OTHER_WALLET, walletKey.publicKey(), NOW),
                "a wallet's AuthSig never serves another wallet");
        assertEquals(
                Optional.empty(),
                store.findAuthSig(WALLET, otherKey.publicKey(), NOW),
                "an AuthSig serves only the session key it delegates to");
        assertEquals(
                walletSig,
                store.findAuthSig(WALLET, walletKey.publicKey(), NOW)
                        .orElseThrow()
                        .authSig());
    }

    @Test
    void neverReturnsAnExpiredAuthSig() throws Exception {
        S store = open();
        SessionPublicKey key = SESSION_KEY.publicKey();
        StoredAuthSig stored = new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION);
        store.putAuthSig(WALLET, key, stored);
        Instant expiration = WALLET_AUTH_SIG_EXPIRATION;

        assertEquals(Optional.of(stored), store.findAuthSig(WALLET, key, expiration.minusMillis(1)));
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, key, expiration));
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, key, expiration.plusSeconds(3600)));
    }

    @Test
    void clearForgetsOneIdentityOnly() throws Exception {
        S store = open();
        SessionKeyPair walletKey = store.sessionKey(WALLET, SessionKeyPair::generate);
        SessionKeyPair pkpKey = store.sessionKey(PKP, SessionKeyPair::generate);
        store.putAuthSig(
                WALLET, walletKey.publicKey(), new StoredAuthSig(numberedAuthSig(1, walletKey.publicKey()), LATER));
        store.putAuthSig(PKP, pkpKey.publicKey(), new StoredAuthSig(numberedAuthSig(2, pkpKey.publicKey()), LATER));

        store.clear(WALLET);

        assertEquals(Optional.empty(), store.findSessionKey(WALLET));
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, walletKey.publicKey(), NOW));
        assertEquals(pkpKey, store.findSessionKey(PKP).orElseThrow());
        assertTrue(store.findAuthSig(PKP, pkpKey.publicKey(), NOW).isPresent());
        SessionKeyPair fresh = store.sessionKey(WALLET, SessionKeyPair::generate);
        assertTrue(!fresh.equals(walletKey), "a cleared identity gets a new key");
        store.clear(LIT_ACTION);
    }

    @Test
    void clearAllForgetsEverything() throws Exception {
        S store = open();
        for (SessionIdentity identity : IDENTITIES) {
            SessionKeyPair key = store.sessionKey(identity, SessionKeyPair::generate);
            store.putAuthSig(identity, key.publicKey(), new StoredAuthSig(numberedAuthSig(1, key.publicKey()), LATER));
        }
        store.clearAll();
        for (SessionIdentity identity : IDENTITIES) {
            assertEquals(Optional.empty(), store.findSessionKey(identity), identity.key());
        }
        store.clearAll();
    }

    @Test
    void createsExactlyOneSessionKeyUnderConcurrentCallers() throws Exception {
        S store = open();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (SessionIdentity identity : List.of(WALLET, PKP, AWKWARD)) {
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<SessionKeyPair>> results = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    results.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return store.sessionKey(identity, SessionKeyPair::generate);
                    }));
                }
                Set<SessionKeyPair> keys = new HashSet<>();
                for (Future<SessionKeyPair> result : results) {
                    keys.add(result.get(60, TimeUnit.SECONDS));
                }
                assertEquals(
                        1,
                        keys.size(),
                        THREADS + " callers for " + identity.key() + " got " + keys.size() + " different keys");
                assertEquals(
                        keys.iterator().next(), store.findSessionKey(identity).orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedCreationStoresNothing() throws Exception {
        S store = open();
        IllegalStateException failure = new IllegalStateException("the key generator is down");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> store.sessionKey(WALLET, () -> {
                    throw failure;
                }));
        assertSame(failure, thrown);
        assertEquals(Optional.empty(), store.findSessionKey(WALLET));
    }

    @Test
    void reportsACorruptedEntryByNameAndKeepsTheOthers() throws Exception {
        S store = open();
        SessionKeyPair walletKey = store.sessionKey(WALLET, SessionKeyPair::generate);
        SessionKeyPair pkpKey = store.sessionKey(PKP, SessionKeyPair::generate);
        StoredAuthSig walletSig = new StoredAuthSig(numberedAuthSig(1, walletKey.publicKey()), LATER);
        StoredAuthSig pkpSig = new StoredAuthSig(numberedAuthSig(2, pkpKey.publicKey()), LATER);
        store.putAuthSig(WALLET, walletKey.publicKey(), walletSig);
        store.putAuthSig(PKP, pkpKey.publicKey(), pkpSig);

        S damaged = corruptSessionKey(store, WALLET);
        if (damaged != store) {
            track(damaged);
        }

        SessionStoreException error = assertThrows(SessionStoreException.class, () -> damaged.findSessionKey(WALLET));
        assertTrue(error.getMessage().contains(WALLET.key()), "the error names the identity: " + error.getMessage());
        assertTrue(
                !error.getMessage().contains(walletKey.exportSecretKeyHex().substring(0, 64)),
                "the error shows no secret");
        assertThrows(
                SessionStoreException.class,
                () -> damaged.sessionKey(WALLET, SessionKeyPair::generate),
                "a damaged key is reported, never silently replaced");

        assertEquals(pkpKey, damaged.findSessionKey(PKP).orElseThrow());
        assertEquals(Optional.of(pkpSig), damaged.findAuthSig(PKP, pkpKey.publicKey(), NOW));
        assertEquals(Optional.of(walletSig), damaged.findAuthSig(WALLET, walletKey.publicKey(), NOW));

        damaged.clear(WALLET);
        assertEquals(Optional.empty(), damaged.findSessionKey(WALLET));
    }

    private S track(S store) {
        opened.add(store);
        return store;
    }
}
