package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionSigsTest {
    private static final SessionKeyPair KEY = SessionKeyPair.generate();
    private static final String NODE_A = "https://158.69.108.66:443";
    private static final String NODE_B = "https://15.235.83.220:7470";
    private static final String NODE_C = "https://51.255.59.58:443";

    @Test
    void keepsTheGivenOrderAndFindsEntriesByExactUrl() {
        Map<String, SessionSig> entries = new LinkedHashMap<>();
        for (String node : List.of(NODE_C, NODE_A, NODE_B)) {
            entries.put(node, SessionSig.sign(KEY, "{\"nodeAddress\":\"" + node + "\"}"));
        }
        SessionSigs sigs = new SessionSigs(entries);
        assertEquals(List.of(NODE_C, NODE_A, NODE_B), sigs.nodeUrls());
        assertEquals(List.copyOf(entries.values()), List.copyOf(sigs.byNodeUrl().values()));
        assertEquals(Optional.of(entries.get(NODE_A)), sigs.forNode(NODE_A));
        assertEquals(Optional.empty(), sigs.forNode(NODE_A + "/"));
        assertEquals(KEY.publicKey(), sigs.sessionKey());
    }

    @Test
    void isImmutableAndCopiesItsInput() {
        Map<String, SessionSig> entries = new LinkedHashMap<>();
        entries.put(NODE_A, SessionSig.sign(KEY, "a"));
        SessionSigs sigs = new SessionSigs(entries);
        entries.put(NODE_B, SessionSig.sign(KEY, "b"));
        assertEquals(List.of(NODE_A), sigs.nodeUrls());
        SessionSig extra = SessionSig.sign(KEY, "b");
        assertThrows(UnsupportedOperationException.class, () -> sigs.byNodeUrl().put(NODE_B, extra));
        assertThrows(UnsupportedOperationException.class, () -> sigs.byNodeUrl().clear());
    }

    @Test
    void refusesAnEmptySet() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SessionSigs(Map.of()));
        assertEquals("sessionSigs: has no entries; there must be a session sig for at least one node", e.getMessage());
        assertThrows(InvalidInputException.class, () -> new SessionSigs(null));
    }

    @Test
    void refusesABlankUrlOrAMissingEntry() {
        InvalidInputException blank = assertThrows(
                InvalidInputException.class, () -> new SessionSigs(Map.of(" ", SessionSig.sign(KEY, "a"))));
        assertEquals(
                "sessionSigs: has a blank node URL; each key must be a node URL such as"
                        + " https://15.235.83.220:7470",
                blank.getMessage());
        Map<String, SessionSig> withNull = new HashMap<>();
        withNull.put(NODE_A, null);
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> new SessionSigs(withNull));
        assertEquals("sessionSigs[" + NODE_A + "]: is missing", missing.getMessage());
    }

    @Test
    void refusesEntriesSignedByDifferentSessionKeys() {
        SessionKeyPair other = SessionKeyPair.generate();
        Map<String, SessionSig> entries = new LinkedHashMap<>();
        entries.put(NODE_A, SessionSig.sign(KEY, "a"));
        entries.put(NODE_B, SessionSig.sign(other, "b"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SessionSigs(entries));
        assertEquals("sessionSigs[" + NODE_B + "].address", e.field());
        assertEquals(
                "sessionSigs[" + NODE_B + "].address: is session key " + other.publicKey() + ", but the earlier"
                        + " entries are signed by " + KEY.publicKey() + "; one set of session sigs has one session key",
                e.getMessage());
    }
}
