package dev.lit4j.testkit.fakes;

import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.testkit.storage.SessionStoreContract;
import org.junit.jupiter.api.Test;

/** The fake keeps the same contract as every real store, so tests that use it stand for the real ones. */
class FakeSessionStoreTest extends SessionStoreContract<FakeSessionStore> {

    @Override
    protected FakeSessionStore newStore() {
        return new FakeSessionStore();
    }

    @Test
    void failsEveryCallOnDemandUntilToldToStop() {
        FakeSessionStore store = newStore();
        SessionStoreException failure = new SessionStoreException("disk on fire");
        store.failWith(failure);

        assertSame(failure, assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET)));
        assertSame(
                failure,
                assertThrows(SessionStoreException.class, () -> store.sessionKey(WALLET, SessionKeyPair::generate)));

        store.failWith(null);
        assertEquals(
                store.sessionKey(WALLET, SessionKeyPair::generate),
                store.findSessionKey(WALLET).orElseThrow());
    }
}
