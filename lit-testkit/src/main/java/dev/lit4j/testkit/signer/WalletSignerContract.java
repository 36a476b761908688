package dev.lit4j.testkit.signer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WalletSigner} must do — a key in memory, a JCA or PKCS#11 key, and your own HSM or
 * KMS signer: its signatures, made through {@link PersonalMessageSigner}, recover to its address; the
 * AuthSig {@link WalletAuthSigner} makes with it has exactly the wire keys and passes a node's check; it
 * signs correctly from 16 threads at once; a failure is a {@link SignerException} that names its
 * address; and its secrets never show.
 *
 * <p>A test of a signer is a short subclass:
 *
 * <pre>{@code
 * class MyHsmWalletSignerTest extends WalletSignerContract {
 *     private static final MyHsmWalletSigner SIGNER = MyHsmWalletSigner.connect(...);
 *
 *     @Override
 *     protected WalletSigner signer() {
 *         return SIGNER;
 *     }
 *
 *     @Override
 *     protected Optional<WalletSigner> failingSigner() {
 *         return Optional.of(MyHsmWalletSigner.connect(..., "a key label that does not exist"));
 *     }
 * }
 * }</pre>
 *
 * <p>The failure test runs only when {@link #failingSigner()} gives a signer (it is reported as skipped
 * otherwise); every other test always runs. The nested {@link AsTheWalletAuthStep} runs the
 * {@link AuthSignerContract} for the wallet auth step over the signer.
 */
public abstract class WalletSignerContract {
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final int THREADS = 16;
    private static final int SIGNATURES_PER_THREAD = 4;
    private static final int REPEATS = 4;
    private static final List<String> WIRE_KEYS = List.of("sig", "derivedVia", "signedMessage", "address");

    /**
     * The signer under test. Called once or more per test; it may return the same signer every time.
     */
    protected abstract WalletSigner signer();

    /**
     * A signer that fails every signature — its key destroyed, its token closed, its service switched off
     * — and so must throw a {@link SignerException} naming its address. Empty (the default) if the
     * signer cannot be made to fail; the failure test is then skipped.
     */
    protected Optional<WalletSigner> failingSigner() {
        return Optional.empty();
    }

    /**
     * True if the signer signs deterministically (RFC 6979, as ethers does): then signing the same
     * message twice must give the same signature. False (the default) asks only that every signature
     * be valid.
     */
    protected boolean deterministic() {
        return false;
    }

    /**
     * Secrets of the signer under test (its private key in hex, its PIN) that must never appear in its
     * {@code toString()} or in the messages of the failing signer's exceptions. Hex secrets are also
     * looked for without {@code 0x} and in either letter case. Choose secrets that cannot occur by
     * chance (not a 4-digit PIN, which an address may contain).
     */
    protected List<String> secrets() {
        return List.of();
    }

    @Test
    void itsAddressIsConstant() {
        WalletSigner signer = signer();
        EthAddress address = signer.address();
        assertNotNull(address, "address()");
        assertEquals(address, signer.address(), "address() must not change");
        assertEquals(address, signer().address(), "every signer() must be the same account");
    }

    @Test
    void personalSignaturesRecoverToItsAddress() {
        WalletSigner signer = signer();
        PersonalMessageSigner personal = new PersonalMessageSigner(signer);
        for (String message :
                List.of("hello", "", "Grüße, Welt ✓ \uD83D\uDE00", "line one\nline two\r\n", "x".repeat(10_000))) {
            String signature = personal.sign(message);
            assertEquals(
                    signer.address(),
                    PersonalSignatureVerifier.recoverSigner("sig", message, signature),
                    "the signature of \"" + abbreviate(message) + "\" must recover to " + signer.address());
        }
    }

    @Test
    void itsRawSignatureRecoversOnceNormalised() {
        WalletSigner signer = signer();
        byte[] digest = Eip191.hash("a raw digest");
        EcdsaSignature raw = signer.signDigest(digest.clone());
        assertNotNull(raw, "signDigest must return a signature");
        assertTrue(
                raw.normalizedFor(digest, signer.address()).isPresent(),
                "signDigest must sign the digest as it is (no hashing, no prefix) with the key of " + signer.address());
    }

    @Test
    void itLeavesTheDigestUntouched() {
        byte[] digest = Eip191.hash("do not touch");
        byte[] copy = digest.clone();
        signer().signDigest(digest);
        assertArrayEquals(copy, digest, "signDigest must not modify the caller's digest");
    }

    @Test
    void itsWalletAuthSigHasExactlyTheWireKeysAndPassesTheNodeCheck() {
        WalletSigner signer = signer();
        WalletAuthSigner auth = new WalletAuthSigner(signer, Clock.fixed(NOW, ZoneOffset.UTC));
        SessionKeyPair sessionKey = sessionKey();
        assertEquals(
                new SessionIdentity(
                        SessionIdentity.Kind.WALLET, signer.address().checksummed()),
                auth.identity());

        AuthSig authSig = auth.authenticate(request(sessionKey));
        String json = AuthSigJson.toJson(authSig);
        JsonValue.Obj object = assertInstanceOf(JsonValue.Obj.class, JsonValueParser.parse("authSig", json));
        assertEquals(WIRE_KEYS, object.names(), "the AuthSig's keys, in the JS SDK's order: " + json);
        for (JsonValue.Member member : object.members()) {
            assertInstanceOf(JsonValue.Str.class, member.value(), member.name() + " must be a string");
        }
        assertEquals(AuthSig.DERIVED_VIA_WALLET, authSig.derivedVia());
        assertEquals(signer.address().checksummed(), authSig.address());
        assertTrue(
                authSig.signedMessage().contains("\nURI: " + sessionKey.uri() + "\n"),
                "the SIWE message must delegate to the session key: " + authSig.signedMessage());
        PersonalSignatureVerifier.verify("authSig.sig", authSig.signedMessage(), authSig.sig(), signer.address());
        assertEquals(authSig, AuthSigJson.parse("authSig", json), "the AuthSig must survive its JSON");
    }

    @Test
    void everySignatureIsValidAndTheSameWhenDeterministic() {
        WalletSigner signer = signer();
        PersonalMessageSigner personal = new PersonalMessageSigner(signer);
        String message = "sign me again";
        Set<String> signatures = new HashSet<>();
        for (int i = 0; i < REPEATS; i++) {
            String signature = personal.sign(message);
            PersonalSignatureVerifier.verify("sig", message, signature, signer.address());
            signatures.add(signature);
        }
        if (deterministic()) {
            assertEquals(
                    1, signatures.size(), "a deterministic signer must give one signature per message: " + signatures);
        }
    }

    @Test
    void itSignsCorrectlyFrom16ThreadsAtOnce() throws Exception {
        WalletSigner signer = signer();
        PersonalMessageSigner personal = new PersonalMessageSigner(signer);
        List<List<String[]>> results = SignerChecks.onThreadsAtOnce(THREADS, thread -> {
            List<String[]> signed = new ArrayList<>();
            for (int i = 0; i < SIGNATURES_PER_THREAD; i++) {
                String message = "thread " + thread + ", message " + i;
                signed.add(new String[] {message, personal.sign(message)});
            }
            return signed;
        });
        int checked = 0;
        for (List<String[]> result : results) {
            for (String[] signed : result) {
                assertEquals(
                        signer.address(),
                        PersonalSignatureVerifier.recoverSigner("sig", signed[0], signed[1]),
                        "the signature of \"" + signed[0] + "\", made concurrently, must recover to the signer");
                checked++;
            }
        }
        assertEquals(THREADS * SIGNATURES_PER_THREAD, checked);
    }

    @Test
    void aFailureIsASignerExceptionNamingItsAddress() {
        Optional<WalletSigner> failing = failingSigner();
        Assumptions.assumeTrue(failing.isPresent(), "failingSigner() gives no signer: the failure test does not apply");
        WalletSigner signer = failing.get();
        String address = signer.address().checksummed();

        SignerException direct = assertThrows(SignerException.class, () -> signer.signDigest(Eip191.hash("fail")));
        assertTrue(
                direct.getMessage().contains(address),
                "the message must name the signer " + address + ": " + direct.getMessage());
        SignerException personal =
                assertThrows(SignerException.class, () -> new PersonalMessageSigner(signer).sign("fail"));
        assertTrue(personal.getMessage().contains(address), personal.getMessage());
        SignerException auth = assertThrows(
                SignerException.class,
                () -> new WalletAuthSigner(signer, Clock.fixed(NOW, ZoneOffset.UTC))
                        .authenticate(request(sessionKey())));
        assertTrue(auth.getMessage().contains(address), auth.getMessage());
        for (Throwable cause = direct; cause != null; cause = cause.getCause()) {
            assertNoSecret(String.valueOf(cause.getMessage()), "an exception message");
        }
    }

    @Test
    void itsSecretsNeverShow() {
        assertNoSecret(signer().toString(), "toString()");
        failingSigner().ifPresent(signer -> assertNoSecret(signer.toString(), "the failing signer's toString()"));
    }

    /**
     * The wallet auth step over the signer under test — {@link WalletAuthSigner}, what Lit4j's signer modules
     * bind — passes the {@link AuthSignerContract}.
     */
    @Nested
    class AsTheWalletAuthStep extends AuthSignerContract {
        @Override
        protected AuthSigner signer() {
            return new WalletAuthSigner(WalletSignerContract.this.signer(), Clock.systemUTC());
        }

        @Override
        protected Optional<AuthSigner> failingSigner() {
            return WalletSignerContract.this
                    .failingSigner()
                    .map(failing -> new WalletAuthSigner(failing, Clock.systemUTC()));
        }

        @Override
        protected List<String> secrets() {
            return WalletSignerContract.this.secrets();
        }
    }

    private void assertNoSecret(String text, String where) {
        SignerChecks.assertNoSecret(secrets(), text, where);
    }

    private static SessionKeyPair sessionKey() {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        return SessionKeyPair.fromSeed(seed);
    }

    private static AuthRequest request(SessionKeyPair sessionKey) {
        List<ResourceAbilityRequest> abilities = List.of(
                ResourceAbilityRequest.of(
                        LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION),
                ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING));
        return new AuthRequest(
                "ethereum",
                "",
                List.of(),
                NOW.plus(Duration.ofDays(1)),
                sessionKey.uri(),
                sessionKey.publicKey(),
                NONCE,
                null,
                abilities,
                null,
                null,
                null);
    }

    private static String abbreviate(String message) {
        return message.length() <= 40 ? message : message.substring(0, 40) + "…";
    }
}
