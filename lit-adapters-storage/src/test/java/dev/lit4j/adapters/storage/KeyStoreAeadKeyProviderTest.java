package dev.lit4j.adapters.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStoreException;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class KeyStoreAeadKeyProviderTest {

    @Test
    void givesTheCurrentKeyAndAnyOtherAlias() throws Exception {
        SecretKey current = TestKeys.random("AES", 256);
        SecretKey older = TestKeys.random("AES", 256);
        KeyStoreAeadKeyProvider keys = new KeyStoreAeadKeyProvider(
                TestKeys.keyStore(Map.of("current", current, "older", older)), "current", TestKeys.PASSWORD);
        assertEquals("current", keys.currentKeyId());
        assertEquals("AES", keys.key("current").orElseThrow().getAlgorithm());
        assertArrayEquals(older.getEncoded(), keys.key("older").orElseThrow().getEncoded());
        assertSame(keys.key("older").orElseThrow(), keys.key("older").orElseThrow(), "loaded once, then cached");
        assertEquals(Optional.empty(), keys.key("never-added"));
    }

    @Test
    void rejectsAMissingCurrentKey() throws Exception {
        InvalidInputException error = assertThrows(
                InvalidInputException.class,
                () -> new KeyStoreAeadKeyProvider(
                        TestKeys.keyStore(Map.of("other", TestKeys.random("AES", 256))), "current", TestKeys.PASSWORD));
        assertEquals(
                "currentAlias: the key store has no key named \"current\"; add an AES-256 secret key under that"
                        + " alias",
                error.getMessage());
    }

    @Test
    void rejectsAKeyThatIsNotAes() throws Exception {
        InvalidInputException error = assertThrows(
                InvalidInputException.class,
                () -> new KeyStoreAeadKeyProvider(
                        TestKeys.keyStore(Map.of("mac", TestKeys.random("HmacSHA256", 256))),
                        "mac",
                        TestKeys.PASSWORD));
        assertEquals("keyId: key \"mac\" is a HmacSHA256 key; expected an AES-256 secret key", error.getMessage());
    }

    @Test
    void rejectsAes128() throws Exception {
        InvalidInputException error = assertThrows(
                InvalidInputException.class,
                () -> new KeyStoreAeadKeyProvider(
                        TestKeys.keyStore(Map.of("short", TestKeys.random("AES", 128))), "short", TestKeys.PASSWORD));
        assertEquals("keyId: key \"short\" is AES-128; expected AES-256", error.getMessage());
    }

    @Test
    void aWrongPasswordIsAClearError() throws Exception {
        SessionStoreException error = assertThrows(
                SessionStoreException.class,
                () -> new KeyStoreAeadKeyProvider(
                        TestKeys.keyStore(Map.of("k", TestKeys.random("AES", 256))), "k", "wrong".toCharArray()));
        assertTrue(
                error.getMessage()
                        .startsWith("cannot load key \"k\" from the key store:"
                                + " java.security.UnrecoverableKeyException"),
                error.getMessage());
    }
}
