package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import dev.lit4j.testkit.signer.WalletSignerContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.KeyPairTemplate;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Token;
import org.xipki.pkcs11.wrapper.Slot;

/**
 * The PKCS#11 signer against a real SoftHSM2 token: a secp256k1 key generated in the token, signatures
 * made there through {@code C_Sign}. One token per test class.
 */
class Pkcs11WalletSignerTest extends WalletSignerContract {
    private static final byte[] P256_PARAMS = HexFormat.of().parseHex("06082a8648ce3d030107");

    private static SoftHsm2 hsm;
    private static Pkcs11Token token;
    private static Pkcs11WalletSigner signer;

    @TempDir
    Path temp;

    @BeforeAll
    static void openToken() {
        hsm = SoftHsm2.freshToken();
        token = hsm.open();
        signer = token.generateWalletKey("wallet");
    }

    @AfterAll
    static void closeToken() {
        if (token != null) {
            token.close();
        }
        if (hsm != null) {
            hsm.close();
        }
    }

    @Override
    protected WalletSigner signer() {
        return signer;
    }

    @Override
    protected Optional<WalletSigner> failingSigner() {
        Pkcs11Token second = hsm.open();
        Pkcs11WalletSigner doomed = second.walletSigner("wallet");
        second.close();
        return Optional.of(doomed);
    }

    @Override
    protected List<String> secrets() {
        return List.of(SoftHsm2.USER_PIN, SoftHsm2.SO_PIN);
    }

    @Test
    void theKeyStaysInTheTokenAndIsFoundAgainByItsLabel() throws Exception {
        try (Pkcs11Token again = hsm.open()) {
            assertEquals(signer.address(), again.walletSigner("wallet").address());
        }
        try (RawSession raw = new RawSession()) {
            long[] privateKeys = raw.token.findAllObjects(new AttributeVector()
                    .class_(PKCS11Constants.CKO_PRIVATE_KEY)
                    .label("wallet"));
            assertEquals(1, privateKeys.length);
            AttributeVector attributes = raw.token.getAttrValues(
                    privateKeys[0],
                    PKCS11Constants.CKA_TOKEN,
                    PKCS11Constants.CKA_SENSITIVE,
                    PKCS11Constants.CKA_EXTRACTABLE,
                    PKCS11Constants.CKA_NEVER_EXTRACTABLE,
                    PKCS11Constants.CKA_LOCAL);
            assertEquals(Boolean.TRUE, attributes.token(), "stored in the token");
            assertEquals(Boolean.TRUE, attributes.sensitive(), "its value is never revealed");
            assertEquals(Boolean.FALSE, attributes.extractable(), "it cannot be wrapped out");
            assertEquals(Boolean.TRUE, attributes.neverExtractable());
            assertEquals(Boolean.TRUE, attributes.local(), "generated in the token");
        }
        assertEquals("wallet", signer.keyLabel());
        assertEquals(hsm.label(), signer.tokenLabel());
    }

    @Test
    void itReturnsRawSignaturesThatTheDomainNormalises() {
        byte[] digest = Eip191.hash("raw");
        EcdsaSignature raw = signer.signDigest(digest);
        assertTrue(raw.recoveryId().isEmpty(), "PKCS#11 gives r‖s without a recovery id");
        assertTrue(raw.normalizedFor(digest, signer.address()).isPresent());
    }

    @Test
    void itRefusesADigestThatIsNot32Bytes() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> signer.signDigest(new byte[31]));
        assertEquals("digest", error.field());
        assertTrue(error.getMessage().contains("expected 32 bytes (an EIP-191 hash), got 31"), error.getMessage());
    }

    @Test
    void itsToStringNamesTheAccountTokenAndKey() {
        assertEquals(
                "Pkcs11WalletSigner[" + signer.address() + ", token '" + hsm.label() + "', key 'wallet']",
                signer.toString());
        assertTrue(token.toString().startsWith("Pkcs11Token['" + hsm.label() + "' in "), token.toString());
    }

    @Test
    void anUnknownTokenLabelListsTheTokensThereAre() {
        SignerException error = assertThrows(
                SignerException.class, () -> Pkcs11Token.open(hsm.library(), "no-such-token", hsm.userPin()));
        assertTrue(
                error.getMessage()
                        .contains(" has 0 tokens labelled 'no-such-token', expected exactly one; its"
                                + " initialised tokens: "),
                error.getMessage());
        assertTrue(error.getMessage().contains("'" + hsm.label() + "'"), error.getMessage());
    }

    @Test
    void aMissingLibraryIsNamed() {
        Path missing = temp.resolve("libvendor-pkcs11.so");
        SignerException error =
                assertThrows(SignerException.class, () -> Pkcs11Token.open(missing, hsm.label(), hsm.userPin()));
        assertEquals(
                "no PKCS#11 library at " + missing + "; give the path of the HSM vendor's PKCS#11 module (for"
                        + " SoftHSM2 on Debian: /usr/lib/softhsm/libsofthsm2.so)",
                error.getMessage());
    }

    @Test
    void aFileThatIsNoPkcs11LibraryIsRefused() throws Exception {
        Path notALibrary = Files.writeString(temp.resolve("notes.so"), "not a shared object");
        SignerException error =
                assertThrows(SignerException.class, () -> Pkcs11Token.open(notALibrary, hsm.label(), hsm.userPin()));
        assertTrue(
                error.getMessage()
                        .startsWith("the PKCS#11 library " + notALibrary.toRealPath() + " could not be loaded: "),
                error.getMessage());
    }

    @Test
    void aMissingKeyIsNamed() {
        SignerException error = assertThrows(SignerException.class, () -> token.walletSigner("missing"));
        assertEquals(
                "PKCS#11 token '" + hsm.label() + "' holds 0 EC public keys labelled 'missing', expected exactly"
                        + " one; create the key pair first (see docs/signers.md)",
                error.getMessage());
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() throws Exception {
        try (RawSession raw = new RawSession()) {
            KeyPairTemplate template = new KeyPairTemplate(PKCS11Constants.CKK_EC)
                    .token(true)
                    .labels("p256")
                    .signVerify(true);
            template.publicKey().ecParams(P256_PARAMS);
            raw.token.generateKeyPair(new Mechanism(PKCS11Constants.CKM_EC_KEY_PAIR_GEN), template);
        }
        SignerException error = assertThrows(SignerException.class, () -> token.walletSigner("p256"));
        assertEquals(
                "the key 'p256' in PKCS#11 token '" + hsm.label() + "' is not on secp256k1, the curve of"
                        + " Ethereum accounts: its CKA_EC_PARAMS are 06082a8648ce3d030107, expected 06052b8104000a"
                        + " (OID 1.3.132.0.10)",
                error.getMessage());
    }

    @Test
    void aLabelInUseIsNotGeneratedAgain() {
        SignerException error = assertThrows(SignerException.class, () -> token.generateWalletKey("wallet"));
        assertEquals(
                "PKCS#11 token '" + hsm.label() + "' already holds an object labelled 'wallet'; choose another"
                        + " label",
                error.getMessage());
    }

    @Test
    void aClosedTokenGivesNoSignerAndClosingTwiceIsHarmless() {
        Pkcs11Token closed = hsm.open();
        closed.close();
        closed.close();
        assertTrue(closed.isClosed());
        SignerException error = assertThrows(SignerException.class, () -> closed.walletSigner("wallet"));
        assertEquals(closed + " is closed", error.getMessage());
        assertTrue(closed.toString().endsWith(", closed]"), closed.toString());
    }

    @Test
    void aSignerOfAClosedTokenSaysSo() {
        WalletSigner doomed = failingSigner().orElseThrow();
        SignerException error = assertThrows(SignerException.class, () -> doomed.signDigest(Eip191.hash("late")));
        assertEquals(doomed + " cannot sign: its token was closed", error.getMessage());
        assertEquals(
                signer.address(),
                new PersonalMessageSigner(signer()).address(),
                "closing another handle of the token leaves this one working");
        PersonalSignatureVerifier.verify(
                "sig", "still here", new PersonalMessageSigner(signer).sign("still here"), signer.address());
    }

    @Test
    void blankLabelsAreRefusedBeforeTheLibraryIsTouched() {
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> Pkcs11Token.open(hsm.library(), " ", hsm.userPin()));
        assertEquals("tokenLabel", error.field());
        InvalidInputException keyError = assertThrows(InvalidInputException.class, () -> token.walletSigner(""));
        assertEquals("keyLabel", keyError.field());
    }

    @Test
    void theGuiceModuleLogsInOnFirstUseAndGivesTheTokensSigner() {
        Injector injector = Guice.createInjector(
                Stage.PRODUCTION,
                binder -> {
                    binder.requireExplicitBindings();
                    binder.bind(Clock.class).toInstance(Clock.systemUTC()); // Lit4jModule's, in a real composition
                },
                new Pkcs11WalletSignerModule(hsm.library(), hsm.label(), "wallet", hsm.userPin()));
        WalletSigner bound = injector.getInstance(WalletSigner.class);
        assertInstanceOf(Pkcs11WalletSigner.class, bound);
        assertEquals(signer.address(), bound.address());
        AuthSigner auth = injector.getInstance(AuthSigner.class);
        assertEquals(signer.address().checksummed(), auth.identity().id());
        new PersonalMessageSigner(bound).sign("through Guice");
    }

    /** A session of the wrapper's own, logged in as the user: to look at what the signer cannot show. */
    private static final class RawSession implements AutoCloseable {
        private final Pkcs11Library library;
        private final PKCS11Token token;

        RawSession() throws Exception {
            library = Pkcs11Library.acquire(hsm.library());
            PKCS11Token found = null;
            for (Slot slot : library.module().getSlotList(true)) {
                if (hsm.label().equals(slot.getToken().getTokenInfo().getLabel())) {
                    found = new PKCS11Token(slot.getToken(), false, SoftHsm2.USER_PIN.toCharArray());
                }
            }
            token = found;
        }

        @Override
        public void close() {
            token.closeAllSessions();
            library.release();
        }
    }
}
