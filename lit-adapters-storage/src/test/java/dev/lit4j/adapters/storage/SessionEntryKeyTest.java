package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.PKP;
import static dev.lit4j.testkit.storage.SessionStoreSamples.SESSION_KEY;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionEntryKeyTest {

    @Test
    void namesTheTwoKindsOfEntry() {
        SessionEntryKey sessionKey = SessionEntryKey.sessionKey(PKP);
        SessionEntryKey authSig = SessionEntryKey.authSig(PKP, SESSION_KEY.publicKey());
        assertEquals("session-key", sessionKey.name());
        assertEquals(Optional.empty(), sessionKey.authSigSessionKey());
        assertEquals("auth-sig-" + SESSION_KEY.publicKey().hex(), authSig.name());
        assertEquals(Optional.of(SESSION_KEY.publicKey()), authSig.authSigSessionKey());
        assertEquals("session-key of " + PKP.key(), sessionKey.toString());
    }

    @Test
    void acceptsOnlyEntryNames() {
        assertTrue(SessionEntryKey.isEntryName("session-key"));
        assertFalse(SessionEntryKey.isEntryName("auth-sig-" + "AB".repeat(32)));
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> new SessionEntryKey(WALLET, "../session-key"));
        assertEquals(
                "entry.name: expected \"session-key\" or \"auth-sig-\" followed by 64 lowercase hex digits, got"
                        + " \"../session-key\"",
                error.getMessage());
        assertEquals(
                "entry.identity: is missing",
                assertThrows(InvalidInputException.class, () -> SessionEntryKey.sessionKey(null))
                        .getMessage());
    }
}
