package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.testkit.storage.SessionStoreContract;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest extends SessionStoreContract<InMemorySessionStore> {

    @Override
    protected InMemorySessionStore newStore() {
        return new InMemorySessionStore();
    }

    @Override
    protected InMemorySessionStore corruptSessionKey(InMemorySessionStore store, SessionIdentity identity) {
        store.write(SessionEntryKey.sessionKey(identity), "{\"format\":".getBytes(StandardCharsets.UTF_8));
        return store;
    }

    @Test
    void namesTheCorruptedEntryAndWhatIsWrong() {
        InMemorySessionStore store = newStore();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        corruptSessionKey(store, WALLET);
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " unreadable: entry: not valid JSON: truncated: the text ends at line 1 column 11, inside a value. Clear that"
                        + " identity to start it afresh; other entries are unaffected",
                error.getMessage());
    }
}
