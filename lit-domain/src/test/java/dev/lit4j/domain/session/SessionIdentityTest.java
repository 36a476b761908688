package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SessionIdentityTest {

    @Test
    void keyRoundTrips() {
        SessionIdentity identity =
                new SessionIdentity(SessionIdentity.Kind.WALLET, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertEquals("wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", identity.key());
        assertEquals(identity, SessionIdentity.parseKey(identity.key()));
        SessionIdentity action = new SessionIdentity(SessionIdentity.Kind.LIT_ACTION, "QmX");
        assertEquals(action, SessionIdentity.parseKey("lit-action:QmX"));
    }

    @Test
    void rejectsBadKeysAndIds() {
        assertEquals(
                "identity.kind: unknown kind \"nope\"; expected wallet, pkp, lit-action or custom",
                assertThrows(InvalidInputException.class, () -> SessionIdentity.parseKey("nope:x"))
                        .getMessage());
        assertEquals(
                "identity: expected <kind>:<id>, got \"wallet\"",
                assertThrows(InvalidInputException.class, () -> SessionIdentity.parseKey("wallet"))
                        .getMessage());
        assertEquals(
                "identity.id: must be non-empty, without ':', white space or control characters, got \"a b\"",
                assertThrows(InvalidInputException.class, () -> new SessionIdentity(SessionIdentity.Kind.CUSTOM, "a b"))
                        .getMessage());
        assertEquals(
                "identity.id: must be non-empty, without ':', white space or control characters, got \"a?b\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> new SessionIdentity(SessionIdentity.Kind.CUSTOM, "a\u0000b"))
                        .getMessage());
    }

    @Test
    void sessionPublicKeyUri() {
        SessionPublicKey key =
                SessionPublicKey.parse("k", "EA4A6C63E29C520ABEF5507B132EC5F9954776AEBEBE7B92421EEA691446D22C");
        assertEquals("lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c", key.uri());
        assertEquals(key, SessionPublicKey.fromUri("uri", key.uri()));
        assertEquals(
                "uri: expected a session key URI \"lit:session:<64 hex>\", got \"lit:capability:delegation\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> SessionPublicKey.fromUri("uri", "lit:capability:delegation"))
                        .getMessage());
    }
}
