package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SignerException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.web3j.crypto.Sign;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.KeyPairTemplate;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Token;
import org.xipki.pkcs11.wrapper.Slot;
import org.xipki.pkcs11.wrapper.Token;
import org.xipki.pkcs11.wrapper.TokenException;
import org.xipki.pkcs11.wrapper.TokenInfo;

/**
 * A PKCS#11 token (an HSM partition, a smart card, a SoftHSM2 token) that the user is logged in to,
 * with a pool of sessions: where {@link Pkcs11WalletSigner}s sign. Keys never leave the token; only
 * their public halves are read, for the addresses.
 *
 * <pre>{@code
 * try (Pkcs11Token token = Pkcs11Token.open(Path.of("/usr/lib/softhsm/libsofthsm2.so"), "lit4j",
 *         Pkcs11Pin.fromEnvironment("HSM_PIN"))) {
 *     WalletSigner signer = token.walletSigner("wallet");
 *     ...
 * }
 * }</pre>
 *
 * <p>The library is loaded and initialised once per process, whatever the number of tokens opened
 * from it, and finalised when the last is closed. Thread-safe: signers of one token sign concurrently
 * on the pool's sessions.
 */
public final class Pkcs11Token implements AutoCloseable {
    /** {@code CKA_EC_PARAMS} of a secp256k1 key: the DER of its OID, 1.3.132.0.10. */
    private static final byte[] SECP256K1_PARAMS = {0x06, 0x05, 0x2b, (byte) 0x81, 0x04, 0x00, 0x0a};

    private static final int KEY_ID_BYTES = 16;

    private final Pkcs11Library library;
    private final String label;
    private final PKCS11Token token;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Pkcs11Token(Pkcs11Library library, String label, PKCS11Token token) {
        this.library = library;
        this.label = label;
        this.token = token;
    }

    /**
     * Opens the token labelled {@code tokenLabel} and logs the user in.
     *
     * <p>PKCS#11 logs in per token and process, not per handle: while this process has the token open,
     * opening it again succeeds without the PIN being checked again (the token answers "already logged
     * in"), and the login ends when the last handle is closed.
     *
     * @param library the HSM vendor's PKCS#11 module ({@code .so}, {@code .dll} or {@code .dylib})
     * @param tokenLabel the token's label ({@code CKA_LABEL} of the token, as {@code softhsm2-util
     *     --show-slots} or {@code pkcs11-tool -L} list it)
     * @param pin the user PIN
     * @throws InvalidInputException naming the argument if one is null or the label is blank
     * @throws SignerException if the library cannot be loaded, no token or several carry that label, or
     *     the login fails (the message names the PKCS#11 error, never the PIN)
     */
    public static Pkcs11Token open(Path library, String tokenLabel, Pkcs11Pin pin) {
        InvalidInputException.requireNonNull("library", library);
        requireLabel("tokenLabel", tokenLabel);
        InvalidInputException.requireNonNull("pin", pin);
        Pkcs11Library loaded = Pkcs11Library.acquire(library);
        try {
            Token found = find(loaded, tokenLabel);
            try {
                return new Pkcs11Token(loaded, tokenLabel, new PKCS11Token(found, false, pin.copy()));
            } catch (TokenException e) {
                throw new SignerException(
                        "could not log in to PKCS#11 token '" + tokenLabel + "' (" + loaded.file() + "): " + describe(e)
                                + hint(e),
                        e);
            }
        } catch (RuntimeException e) {
            loaded.release();
            throw e;
        }
    }

    /**
     * The signer of the secp256k1 key pair labelled {@code keyLabel}: one EC private key and one EC public
     * key with that {@code CKA_LABEL}, as {@code pkcs11-tool --keypairgen --key-type EC:secp256k1 --label}
     * or {@link #generateWalletKey} make them. Reads the public key's {@code CKA_EC_POINT} for the address.
     *
     * @throws SignerException if the token is closed, there is not exactly one such key pair, or its
     *     curve is not secp256k1
     */
    public Pkcs11WalletSigner walletSigner(String keyLabel) {
        requireLabel("keyLabel", keyLabel);
        requireOpen();
        try {
            long publicKey = only(keyLabel, PKCS11Constants.CKO_PUBLIC_KEY, "public");
            long privateKey = only(keyLabel, PKCS11Constants.CKO_PRIVATE_KEY, "private");
            AttributeVector attributes =
                    token.getAttrValues(publicKey, PKCS11Constants.CKA_EC_PARAMS, PKCS11Constants.CKA_EC_POINT);
            byte[] params = attributes.ecParams();
            if (params == null || !Arrays.equals(params, SECP256K1_PARAMS)) {
                throw new SignerException("the key '" + keyLabel + "' in PKCS#11 token '" + label + "' is not on"
                        + " secp256k1, the curve of Ethereum accounts: its CKA_EC_PARAMS are "
                        + (params == null ? "absent" : Hex.encode(params)) + ", expected "
                        + Hex.encode(SECP256K1_PARAMS) + " (OID 1.3.132.0.10)");
            }
            EthAddress address = EthAddress.ofPublicKey(uncompressed(keyLabel, attributes.ecPoint()));
            return new Pkcs11WalletSigner(this, keyLabel, privateKey, address);
        } catch (TokenException e) {
            throw new SignerException(
                    "could not read the key '" + keyLabel + "' in PKCS#11 token '" + label + "': " + describe(e), e);
        }
    }

    /**
     * Generates a secp256k1 key pair in the token (on the token, sensitive, not extractable), labelled
     * {@code keyLabel}, and returns its signer: a new Ethereum account whose key exists only in the HSM.
     *
     * @throws SignerException if the token is closed, already holds a key labelled {@code keyLabel}, or
     *     refuses to generate it (e.g. it has no secp256k1)
     */
    public Pkcs11WalletSigner generateWalletKey(String keyLabel) {
        requireLabel("keyLabel", keyLabel);
        requireOpen();
        try {
            if (token.findAllObjects(new AttributeVector().label(keyLabel)).length > 0) {
                throw new SignerException("PKCS#11 token '" + label + "' already holds an object labelled '" + keyLabel
                        + "'; choose another label");
            }
            byte[] id = new byte[KEY_ID_BYTES];
            new SecureRandom().nextBytes(id);
            KeyPairTemplate template = new KeyPairTemplate(PKCS11Constants.CKK_EC)
                    .token(true)
                    .labels(keyLabel)
                    .id(id)
                    .signVerify(true);
            template.publicKey().ecParams(SECP256K1_PARAMS).private_(false);
            template.privateKey().private_(true).sensitive(true).extractable(false);
            token.generateKeyPair(new Mechanism(PKCS11Constants.CKM_EC_KEY_PAIR_GEN), template);
        } catch (TokenException e) {
            throw new SignerException(
                    "PKCS#11 token '" + label + "' could not generate a secp256k1 key '" + keyLabel + "': "
                            + describe(e),
                    e);
        }
        return walletSigner(keyLabel);
    }

    /** The token's label. */
    public String label() {
        return label;
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Closes the token's sessions (which logs the user out) and, if this was the library's last user in
     * the process, finalises the library. Signers of this token then fail. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                token.closeAllSessions();
            } finally {
                library.release();
            }
        }
    }

    @Override
    public String toString() {
        return "Pkcs11Token['" + label + "' in " + library.file() + (isClosed() ? ", closed]" : "]");
    }

    /** Signs {@code digest} with {@code CKM_ECDSA} (no hashing) on one of the pool's sessions. */
    byte[] signEcdsa(long privateKey, byte[] digest) throws TokenException {
        return token.sign(new Mechanism(PKCS11Constants.CKM_ECDSA), privateKey, digest);
    }

    /** The PKCS#11 name of a wrapper failure, e.g. {@code CKR_PIN_INCORRECT}, or its message. */
    static String describe(TokenException e) {
        return e instanceof PKCS11Exception p11 ? p11.getErrorName() : e.getMessage();
    }

    private static String hint(TokenException e) {
        if (e instanceof PKCS11Exception p11) {
            long code = p11.getErrorCode();
            if (code == PKCS11Constants.CKR_PIN_INCORRECT) {
                return " (the PIN is wrong)";
            }
            if (code == PKCS11Constants.CKR_PIN_LOCKED) {
                return " (the PIN is locked; the security officer must reset it)";
            }
        }
        return "";
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new SignerException(this + " is closed");
        }
    }

    private long only(String keyLabel, long objectClass, String kind) throws TokenException {
        long[] found = token.findAllObjects(new AttributeVector()
                .class_(objectClass)
                .keyType(PKCS11Constants.CKK_EC)
                .label(keyLabel));
        if (found.length != 1) {
            throw new SignerException("PKCS#11 token '" + label + "' holds " + found.length + " EC " + kind
                    + " keys labelled '" + keyLabel + "', expected exactly one"
                    + (found.length == 0 ? "; create the key pair first (see docs/signers.md)" : ""));
        }
        return found[0];
    }

    private byte[] uncompressed(String keyLabel, byte[] ecPoint) {
        if (ecPoint == null) {
            throw new SignerException(
                    "the public key '" + keyLabel + "' in PKCS#11 token '" + label + "' has no CKA_EC_POINT");
        }
        byte[] encoded = ecPoint;
        // PKCS#11 wraps the point in a DER OCTET STRING; some wrappers and vendors hand it out bare
        if ((ecPoint.length == 67 || ecPoint.length == 35)
                && ecPoint[0] == 0x04
                && (ecPoint[1] & 0xff) == ecPoint.length - 2) {
            encoded = Arrays.copyOfRange(ecPoint, 2, ecPoint.length);
        }
        try {
            return Sign.CURVE_PARAMS.getCurve().decodePoint(encoded).getEncoded(false);
        } catch (IllegalArgumentException e) {
            throw new SignerException(
                    "the public key '" + keyLabel + "' in PKCS#11 token '" + label + "' has a"
                            + " CKA_EC_POINT that is not a secp256k1 point: " + Hex.encode(ecPoint),
                    e);
        }
    }

    private static Token find(Pkcs11Library library, String tokenLabel) {
        List<Token> matches = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try {
            for (Slot slot : library.module().getSlotList(true)) {
                Token token = slot.getToken();
                TokenInfo info = token.getTokenInfo();
                if (!info.isTokenInitialized()) {
                    continue;
                }
                labels.add("'" + info.getLabel() + "'");
                if (tokenLabel.equals(info.getLabel())) {
                    matches.add(token);
                }
            }
        } catch (TokenException e) {
            throw new SignerException(
                    "could not list the tokens of the PKCS#11 library " + library.file() + ": " + describe(e), e);
        }
        if (matches.size() != 1) {
            throw new SignerException("the PKCS#11 library " + library.file() + " has " + matches.size()
                    + " tokens labelled '" + tokenLabel + "', expected exactly one; its initialised tokens: "
                    + (labels.isEmpty() ? "none" : String.join(", ", labels)));
        }
        return matches.get(0);
    }

    private static void requireLabel(String field, String label) {
        InvalidInputException.requireNonNull(field, label);
        if (label.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
    }
}
