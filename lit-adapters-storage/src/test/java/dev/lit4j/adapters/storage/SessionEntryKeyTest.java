package dev.lit4j.adapters.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.testkit.storage.SessionStoreSamples;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionEntryKeyTest {

    @Test
    void namesTheTwoKindsOfEntry() {
        SessionEntryKey sessionKey = SessionEntryKey.sessionKey(SessionStoreSamples.PKP);
        SessionEntryKey authSig = SessionEntryKey.authSig(SessionStoreSamples.PKP, SessionStoreSamples.SESSION_KEY.publicKey());
        assertEquals("session-key", sessionKey.name());
        assertEquals(Optional.empty(), sessionKey.authSigSessionKey());
        assertEquals("auth-sig-" + SessionStoreSamples.SESSION_KEY.publicKey().hex(), authSig.name());
        assertEquals(Optional.of(SessionStoreSamples.SESSION_KEY.publicKey()), authSig.authSigSessionKey());
        assertEquals("session-key of " + SessionStoreSamples.PKP.key(), sessionKey.toString());
    }

    @Test
    void acceptsOnlyEntryNames() {
        assertTrue(SessionEntryKey.isEntryName("session-key"));
        assertFalse(SessionEntryKey.isEntryName("auth-sig-" + "AB".repeat(32)));
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new SessionEntryKey(SessionStoreSamples.WALLET, "../session-key"));
        assertEquals("entry.name: expected \"session-key\" or \"auth-sig-\" followed by 64 lowercase hex digits, got"
                + " \"../session-key\"", error.getMessage());
        assertEquals("entry.identity: is missing",
                assertThrows(InvalidInputException.class, () -> SessionEntryKey.sessionKey(null)).getMessage());
    }
}
