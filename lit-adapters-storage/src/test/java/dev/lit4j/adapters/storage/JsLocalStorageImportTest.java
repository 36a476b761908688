package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.BLS_AUTH_SIG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.LIT_ACTION;
import static dev.lit4j.testkit.storage.SessionStoreSamples.OTHER_WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.PKP;
import static dev.lit4j.testkit.storage.SessionStoreSamples.SESSION_KEY;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.StoredAuthSig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports files as node-localstorage leaves them, built from the JS SDK's known answers. */
class JsLocalStorageImportTest {
    private static final String JS_SESSION_KEY = "{\"publicKey\":\""
            + SESSION_KEY.publicKey().hex() + "\",\"secretKey\":\"" + SESSION_KEY.exportSecretKeyHex() + "\"}";
    private static final Instant BEFORE_EXPIRY = Instant.parse("2025-01-15T12:00:00Z");

    @TempDir
    Path directory;

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final JsLocalStorageImport importer = new JsLocalStorageImport(store);

    @Test
    void importsTheWalletSessionUnderTheWalletThatSigned() throws IOException {
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(WALLET_AUTH_SIG));

        ImportedJsSession imported = importer.importFrom(directory, BEFORE_EXPIRY);

        assertEquals(
                new ImportedJsSession(WALLET, SESSION_KEY.publicKey(), ImportedJsSession.AuthSigOutcome.IMPORTED),
                imported);
        assertEquals(SESSION_KEY, store.findSessionKey(WALLET).orElseThrow());
        assertEquals(
                Optional.of(new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION)),
                store.findAuthSig(WALLET, SESSION_KEY.publicKey(), BEFORE_EXPIRY));
    }

    @Test
    void checksumsALowercaseSignerAddress() throws IOException {
        AuthSig lowercase = AuthSig.wallet(
                WALLET_AUTH_SIG.sig(),
                WALLET_AUTH_SIG.signedMessage(),
                WALLET.id().toLowerCase());
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(lowercase));
        assertEquals(WALLET, importer.importFrom(directory, BEFORE_EXPIRY).identity());
    }

    @Test
    void keepsTheKeyButNotAnExpiredAuthSig() throws IOException {
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(WALLET_AUTH_SIG));
        ImportedJsSession imported = importer.importFrom(directory, WALLET_AUTH_SIG_EXPIRATION);
        assertEquals(ImportedJsSession.AuthSigOutcome.EXPIRED, imported.authSig());
        assertEquals(SESSION_KEY, store.findSessionKey(WALLET).orElseThrow());
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, SESSION_KEY.publicKey(), Instant.EPOCH));
    }

    @Test
    void dropsAnAuthSigMadeForAnotherSessionKey() throws IOException {
        SessionKeyPair other = SessionKeyPair.generate();
        write(
                JsLocalStorageImport.SESSION_KEY_FILE,
                "{\"publicKey\":\"" + other.publicKey().hex() + "\",\"secretKey\":\"" + other.exportSecretKeyHex()
                        + "\"}");
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(WALLET_AUTH_SIG));
        ImportedJsSession imported = importer.importFrom(directory, BEFORE_EXPIRY);
        assertEquals(ImportedJsSession.AuthSigOutcome.FOR_ANOTHER_SESSION_KEY, imported.authSig());
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, SESSION_KEY.publicKey(), BEFORE_EXPIRY));
        assertEquals(other, store.findSessionKey(WALLET).orElseThrow());
    }

    @Test
    void importsAPkpSessionUnderTheNamedIdentity() throws IOException {
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(BLS_AUTH_SIG));
        InvalidInputException unnamed =
                assertThrows(InvalidInputException.class, () -> importer.importFrom(directory, BEFORE_EXPIRY));
        assertEquals(
                "lit-wallet-sig: holds a \"lit.bls\" AuthSig, which does not name the PKP or Lit Action it is"
                        + " for; name the identity: importFrom(directory, identity, now)",
                unnamed.getMessage());

        ImportedJsSession imported = importer.importFrom(directory, PKP, BEFORE_EXPIRY);
        // the Datil sample delegates to another session key than the known-answer one
        assertEquals(
                new ImportedJsSession(
                        PKP, SESSION_KEY.publicKey(), ImportedJsSession.AuthSigOutcome.FOR_ANOTHER_SESSION_KEY),
                imported);
    }

    @Test
    void importsAKeyAloneForANamedIdentity() throws IOException {
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, "");
        assertEquals(
                ImportedJsSession.AuthSigOutcome.ABSENT,
                importer.importFrom(directory, LIT_ACTION, BEFORE_EXPIRY).authSig());
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> importer.importFrom(directory, BEFORE_EXPIRY));
        assertEquals(
                "lit-wallet-sig: no such file in " + directory + "; without it the session key belongs to no"
                        + " known identity, so name the identity: importFrom(directory, identity, now)",
                error.getMessage());
    }

    @Test
    void refusesAWalletSigOfAnotherWallet() throws IOException {
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(WALLET_AUTH_SIG));
        InvalidInputException error = assertThrows(
                InvalidInputException.class, () -> importer.importFrom(directory, OTHER_WALLET, BEFORE_EXPIRY));
        assertEquals(
                "lit-wallet-sig.address: signed by 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266, not by"
                        + " 0x5D467fe98ff120fe0C85F2217bC61732571b28EC; it belongs to another wallet",
                error.getMessage());
        assertEquals(Optional.empty(), store.findSessionKey(OTHER_WALLET));
    }

    @Test
    void neverReplacesADifferentKeyAlreadyInTheStore() throws IOException {
        SessionKeyPair existing = store.sessionKey(WALLET, SessionKeyPair::generate);
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(WALLET_AUTH_SIG));
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> importer.importFrom(directory, BEFORE_EXPIRY));
        assertEquals(
                WALLET.key() + " already has session key "
                        + existing.publicKey().hex()
                        + " in the store; clear that identity first to import the JS session key "
                        + SESSION_KEY.publicKey().hex(),
                error.getMessage());
        assertEquals(Optional.empty(), store.findAuthSig(WALLET, SESSION_KEY.publicKey(), BEFORE_EXPIRY));
    }

    @Test
    void reportsMalformedFilesByNameWithoutShowingTheSecret() throws IOException {
        write(JsLocalStorageImport.WALLET_SIG_FILE, AuthSigJson.toJson(WALLET_AUTH_SIG));
        assertMalformed("lit-session-key: no such file in " + directory + " (or it is empty); nothing to import");

        String secret = SESSION_KEY.exportSecretKeyHex();
        write(
                JsLocalStorageImport.SESSION_KEY_FILE,
                "{\"publicKey\":\"" + SESSION_KEY.publicKey().hex() + "\",\"secretKey\":\"" + secret.substring(0, 126)
                        + "zz\"}");
        assertMalformed("lit-session-key: sessionKey.secretKey: expected 128 hex digits, found a non-hex character");
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY.replace("}", ",\"keyType\":\"ed25519\"}"));
        assertMalformed("lit-session-key.keyType: unknown key; a JS session key has only publicKey and secretKey");
        write(
                JsLocalStorageImport.SESSION_KEY_FILE,
                "{\"publicKey\":\"" + SESSION_KEY.publicKey().hex() + "\"}");
        assertMalformed("lit-session-key.secretKey: is missing");
        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY + "{}");
        assertMalformed("lit-session-key: unexpected content after the JSON object");
        write(JsLocalStorageImport.SESSION_KEY_FILE, "{\"publicKey\":7}");
        assertMalformed("lit-session-key.publicKey: expected a string, found a number");

        write(JsLocalStorageImport.SESSION_KEY_FILE, JS_SESSION_KEY);
        write(JsLocalStorageImport.WALLET_SIG_FILE, "{\"sig\":\"0x\"}");
        assertMalformed("lit-wallet-sig.derivedVia: is missing");
        write(
                JsLocalStorageImport.WALLET_SIG_FILE,
                AuthSigJson.toJson(AuthSig.wallet(
                        WALLET_AUTH_SIG.sig(), "not a SIWE message " + SESSION_KEY.uri(), WALLET_AUTH_SIG.address())));
        assertMalformed("lit-wallet-sig.signedMessage: is not a SIWE message: siwe.domain: line 1: expected \"<domain>"
                + " wants you to sign in with your Ethereum account:\", found \"not a SIWE message " + SESSION_KEY.uri()
                + "\"");
        assertEquals(Optional.empty(), store.findSessionKey(WALLET), "nothing stored");
    }

    private void assertMalformed(String message) {
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> importer.importFrom(directory, BEFORE_EXPIRY));
        assertEquals(message, error.getMessage());
        assertFalse(error.getMessage().contains(SESSION_KEY.exportSecretKeyHex().substring(0, 64)));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content);
    }
}
