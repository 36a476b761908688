package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.OTHER_WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.PKP;
import static dev.lit4j.testkit.storage.SessionStoreSamples.SESSION_KEY;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.testkit.storage.SessionStoreContract;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** The decorator over an in-memory store, whose bytes the tests inspect and damage. */
class EncryptingSessionStoreTest extends SessionStoreContract<EncryptingSessionStore> {
    private static final Pattern CIPHERTEXT = Pattern.compile("\"ciphertext\": \"(.)");
    private static final Pattern KEY_ID = Pattern.compile("\"keyId\": \"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("\"nonce\": \"([^\"]*)\"");
    private static final SessionEntryKey WALLET_KEY = SessionEntryKey.sessionKey(WALLET);

    private final InMemorySessionStore inner = new InMemorySessionStore();

    @Override
    protected EncryptingSessionStore newStore() throws Exception {
        return new EncryptingSessionStore(inner, TestKeys.randomProvider("k1"));
    }

    /** Changes one character of the ciphertext, as bit rot would. */
    @Override
    protected EncryptingSessionStore corruptSessionKey(EncryptingSessionStore store, SessionIdentity identity) {
        SessionEntryKey key = SessionEntryKey.sessionKey(identity);
        String sealed = stored(key);
        Matcher first = CIPHERTEXT.matcher(sealed);
        assertTrue(first.find());
        char replacement = first.group(1).equals("A") ? 'B' : 'A';
        inner.write(
                key,
                (sealed.substring(0, first.start(1)) + replacement + sealed.substring(first.end(1)))
                        .getBytes(StandardCharsets.UTF_8));
        return store;
    }

    @Test
    void noSecretRestsInPlainText() throws Exception {
        EncryptingSessionStore store = open();
        store.sessionKey(WALLET, () -> SESSION_KEY);
        String sealed = stored(WALLET_KEY);
        assertFalse(sealed.contains(SESSION_KEY.exportSecretKeyHex().substring(0, 64)), sealed);
        assertFalse(sealed.contains(SESSION_KEY.publicKey().hex()), sealed);
        assertTrue(sealed.matches("""
                \\{
                  "format": "lit4j-sealed-entry",
                  "version": 1,
                  "cipher": "AES-256-GCM",
                  "keyId": "k1",
                  "nonce": "[A-Za-z0-9+/]{16}",
                  "ciphertext": "[A-Za-z0-9+/=]+"
                }
                """), sealed);
        assertEquals(SESSION_KEY, store.findSessionKey(WALLET).orElseThrow());
    }

    @Test
    void drawsAFreshNonceForEveryWrite() throws Exception {
        EncryptingSessionStore store = open();
        SessionPublicKey key = SESSION_KEY.publicKey();
        StoredAuthSig authSig = new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION);
        SessionEntryKey entry = SessionEntryKey.authSig(WALLET, key);
        store.putAuthSig(WALLET, key, authSig);
        String first = stored(entry);
        store.putAuthSig(WALLET, key, authSig);
        String second = stored(entry);
        assertNotEquals(group(NONCE, first), group(NONCE, second));
        assertNotEquals(first, second);
    }

    @Test
    void theWrongKeyIsAClearErrorNotGarbage() throws Exception {
        open().sessionKey(WALLET, SessionKeyPair::generate);
        EncryptingSessionStore otherKey = new EncryptingSessionStore(inner, TestKeys.randomProvider("k1"));
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> otherKey.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 could"
                        + " not be decrypted with the configured key \"k1\": the key is not the one it was sealed with, or"
                        + " the entry was altered or moved from another identity",
                error.getMessage());
    }

    @Test
    void anEntryMovedToAnotherIdentityIsDetected() throws Exception {
        EncryptingSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        inner.write(
                SessionEntryKey.sessionKey(OTHER_WALLET), inner.read(WALLET_KEY).orElseThrow());
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> store.findSessionKey(OTHER_WALLET));
        assertTrue(
                error.getMessage()
                        .startsWith("the session store entry session-key of " + OTHER_WALLET.key()
                                + " could not be decrypted"),
                error.getMessage());
    }

    @Test
    void anEntrySealedWithAnUnknownKeyNamesThatKey() throws Exception {
        open().sessionKey(WALLET, SessionKeyPair::generate);
        EncryptingSessionStore withoutK1 = new EncryptingSessionStore(inner, TestKeys.randomProvider("k2"));
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> withoutK1.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " sealed with key \"k1\", which the key provider does not have; configure that key to read it, or"
                        + " clear that identity",
                error.getMessage());
    }

    @Test
    void refusesAnEntryInPlainText() throws Exception {
        EncryptingSessionStore store = open();
        inner.sessionKey(WALLET, SessionKeyPair::generate);
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " unreadable: it is in plain text, but this store only reads entries sealed by"
                        + " EncryptingSessionStore. Clear that identity to start it afresh; other entries are unaffected",
                error.getMessage());
    }

    @Test
    void rejectsAMalformedSealedEntry() throws Exception {
        EncryptingSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        String sealed = stored(WALLET_KEY);
        assertMalformedSeal(
                store,
                sealed.replace("AES-256-GCM", "AES-128-CBC"),
                "its cipher is \"AES-128-CBC\", expected \"AES-256-GCM\"");
        assertMalformedSeal(
                store, NONCE.matcher(sealed).replaceFirst("\"nonce\": \"AAAA\""), "its nonce has 3 bytes, expected 12");
        assertMalformedSeal(
                store, NONCE.matcher(sealed).replaceFirst("\"nonce\": \"not base64!\""), "its nonce is not base64");
        assertMalformedSeal(store, sealed.replace("\"keyId\"", "\"kid\""), "it has an unknown field \"kid\"");
    }

    @Test
    void rotatesKeys() throws Exception {
        SecretKey k1 = TestKeys.random("AES", 256);
        SecretKey k2 = TestKeys.random("AES", 256);
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put("k1", k1);
        EncryptingSessionStore before = new EncryptingSessionStore(
                inner, new KeyStoreAeadKeyProvider(TestKeys.keyStore(keys), "k1", TestKeys.PASSWORD));
        SessionKeyPair walletKey = before.sessionKey(WALLET, SessionKeyPair::generate);

        keys.put("k2", k2);
        KeyStore both = TestKeys.keyStore(keys);
        EncryptingSessionStore after =
                new EncryptingSessionStore(inner, new KeyStoreAeadKeyProvider(both, "k2", TestKeys.PASSWORD));
        assertEquals(Optional.of(walletKey), after.findSessionKey(WALLET), "old entries still open");
        after.sessionKey(PKP, SessionKeyPair::generate);
        assertEquals("k1", group(KEY_ID, stored(WALLET_KEY)));
        assertEquals("k2", group(KEY_ID, stored(SessionEntryKey.sessionKey(PKP))));
    }

    private void assertMalformedSeal(EncryptingSessionStore store, String sealed, String problem) {
        inner.write(WALLET_KEY, sealed.getBytes(StandardCharsets.UTF_8));
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of " + WALLET.key() + " is unreadable: " + problem
                        + ". Clear that identity to start it afresh; other entries are unaffected",
                error.getMessage());
    }

    private String stored(SessionEntryKey key) {
        return new String(inner.read(key).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
