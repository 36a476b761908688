package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.domain.siwe.SiweMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a session that the Lit JS SDK kept with node-localstorage into a {@link SessionStore}, so a
 * service can switch to Lit4j without signing in again.
 *
 * <p>node-localstorage keeps each item in a file named after its key. The SDK's two items are
 * {@value #SESSION_KEY_FILE} ({@code {"publicKey": <64 hex>, "secretKey": <128 hex>}}) and
 * {@value #WALLET_SIG_FILE} (the inner AuthSig, as JSON). The JS SDK has one slot for each; Lit4j files
 * them under the identity that signed: the wallet whose address the AuthSig carries, or an identity the
 * caller names (a PKP or Lit Action session, whose network signature does not name its PKP).
 *
 * <p>The AuthSig is stored only if it delegates to the imported session key (its SIWE URI is the key's
 * {@code lit:session:<key>}) and has not expired (its SIWE {@code Expiration Time}). Both files are read
 * and checked before anything is stored.
 */
public final class JsLocalStorageImport {
    /** The node-localstorage file of the JS SDK's session key. */
    public static final String SESSION_KEY_FILE = "lit-session-key";
    /** The node-localstorage file of the JS SDK's inner AuthSig. */
    public static final String WALLET_SIG_FILE = "lit-wallet-sig";

    private final SessionStore store;

    /** @param store where the session goes */
    public JsLocalStorageImport(SessionStore store) {
        this.store = InvalidInputException.requireNonNull("store", store);
    }

    /**
     * Imports the session in {@code directory} for the wallet that signed its {@value #WALLET_SIG_FILE}.
     *
     * @param now the time against which the AuthSig's expiration is checked
     * @throws InvalidInputException naming the file if either is missing or malformed, or if the AuthSig
     *     is not a wallet's (then name the identity: {@link #importFrom(Path, SessionIdentity, Instant)})
     * @throws SessionStoreException if the store fails, or already holds another session key for the wallet
     */
    public ImportedJsSession importFrom(Path directory, Instant now) {
        InvalidInputException.requireNonNull("directory", directory);
        AuthSig authSig = readAuthSig(directory)
                .orElseThrow(() -> new InvalidInputException(
                        WALLET_SIG_FILE,
                        "no such file in " + directory + "; without it the session key belongs to no known identity,"
                                + " so name the identity: importFrom(directory, identity, now)"));
        if (authSig.kind() != AuthSigKind.WALLET && authSig.kind() != AuthSigKind.CONTRACT) {
            throw new InvalidInputException(
                    WALLET_SIG_FILE,
                    "holds a \"" + authSig.derivedVia() + "\" AuthSig,"
                            + " which does not name the PKP or Lit Action it is for; name the identity:"
                            + " importFrom(directory, identity, now)");
        }
        EthAddress wallet = EthAddress.parseAnyCase(WALLET_SIG_FILE + ".address", authSig.address());
        return store(
                directory,
                new SessionIdentity(SessionIdentity.Kind.WALLET, wallet.checksummed()),
                Optional.of(authSig),
                now);
    }

    /**
     * Imports the session in {@code directory} for {@code identity}. The {@value #WALLET_SIG_FILE} may be
     * absent; if it is a wallet's AuthSig and {@code identity} a wallet, they must be the same wallet.
     *
     * @throws InvalidInputException naming the file if {@value #SESSION_KEY_FILE} is missing, either file
     *     is malformed, or the AuthSig was signed by another wallet
     * @throws SessionStoreException if the store fails, or already holds another session key for the identity
     */
    public ImportedJsSession importFrom(Path directory, SessionIdentity identity, Instant now) {
        InvalidInputException.requireNonNull("directory", directory);
        InvalidInputException.requireNonNull("identity", identity);
        Optional<AuthSig> authSig = readAuthSig(directory);
        if (authSig.isPresent()
                && identity.kind() == SessionIdentity.Kind.WALLET
                && (authSig.get().kind() == AuthSigKind.WALLET || authSig.get().kind() == AuthSigKind.CONTRACT)) {
            EthAddress signer = EthAddress.parseAnyCase(
                    WALLET_SIG_FILE + ".address", authSig.get().address());
            if (!signer.checksummed().equalsIgnoreCase(identity.id())) {
                throw new InvalidInputException(
                        WALLET_SIG_FILE + ".address",
                        "signed by " + signer + ", not by " + identity.id() + "; it belongs to another wallet");
            }
        }
        return store(directory, identity, authSig, now);
    }

    private ImportedJsSession store(Path directory, SessionIdentity identity, Optional<AuthSig> authSig, Instant now) {
        InvalidInputException.requireNonNull("now", now);
        SessionKeyPair sessionKey = readSessionKey(directory);
        ImportedJsSession.AuthSigOutcome outcome;
        Optional<StoredAuthSig> toStore = Optional.empty();
        if (authSig.isEmpty()) {
            outcome = ImportedJsSession.AuthSigOutcome.ABSENT;
        } else if (!siweOf(authSig.get()).uri().equals(sessionKey.uri())) {
            outcome = ImportedJsSession.AuthSigOutcome.FOR_ANOTHER_SESSION_KEY;
        } else {
            Instant expiration = siweOf(authSig.get())
                    .expirationTimeInstant()
                    .orElseThrow(() -> new InvalidInputException(
                            WALLET_SIG_FILE + ".signedMessage",
                            "its SIWE message has no Expiration"
                                    + " Time, so Lit4j cannot tell when it stops being valid"));
            StoredAuthSig stored = new StoredAuthSig(authSig.get(), expiration);
            if (stored.isValidAt(now)) {
                outcome = ImportedJsSession.AuthSigOutcome.IMPORTED;
                toStore = Optional.of(stored);
            } else {
                outcome = ImportedJsSession.AuthSigOutcome.EXPIRED;
            }
        }
        SessionKeyPair kept = store.sessionKey(identity, () -> sessionKey);
        if (!kept.equals(sessionKey)) {
            throw new SessionStoreException(identity.key() + " already has session key "
                    + kept.publicKey().hex()
                    + " in the store; clear that identity first to import the JS session key "
                    + sessionKey.publicKey().hex());
        }
        toStore.ifPresent(stored -> store.putAuthSig(identity, sessionKey.publicKey(), stored));
        return new ImportedJsSession(identity, sessionKey.publicKey(), outcome);
    }

    private static SessionKeyPair readSessionKey(Path directory) {
        String json = readItem(directory, SESSION_KEY_FILE)
                .orElseThrow(() -> new InvalidInputException(
                        SESSION_KEY_FILE, "no such file in " + directory + " (or it is empty); nothing to import"));
        Map<String, String> fields = StrictJsonReading.document(SESSION_KEY_FILE, json, "the JSON object", reader -> {
            Map<String, String> read = new HashMap<>();
            StrictJsonReading.object(SESSION_KEY_FILE, reader, (name, path) -> {
                if (!name.equals("publicKey") && !name.equals("secretKey")) {
                    throw new InvalidInputException(
                            path, "unknown key; a JS session key has only publicKey and" + " secretKey");
                }
                read.put(name, StrictJsonReading.string(path, reader));
            });
            return read;
        });
        String publicKey =
                InvalidInputException.requireNonNull(SESSION_KEY_FILE + ".publicKey", fields.get("publicKey"));
        String secretKey =
                InvalidInputException.requireNonNull(SESSION_KEY_FILE + ".secretKey", fields.get("secretKey"));
        try {
            return SessionKeyPair.fromJs(publicKey, secretKey);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(SESSION_KEY_FILE, e.getMessage(), e);
        }
    }

    private static Optional<AuthSig> readAuthSig(Path directory) {
        return readItem(directory, WALLET_SIG_FILE).map(json -> AuthSigJson.parse(WALLET_SIG_FILE, json));
    }

    /** An item's text; the JS SDK, too, takes an empty item for a missing one. */
    private static Optional<String> readItem(Path directory, String name) {
        Path file = directory.resolve(name);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SessionStoreException("cannot read " + file + ": " + e, e);
        }
    }

    private static SiweMessage siweOf(AuthSig authSig) {
        try {
            return SiweMessage.parse(authSig.signedMessage());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    WALLET_SIG_FILE + ".signedMessage", "is not a SIWE message: " + e.getMessage(), e);
        }
    }
}
