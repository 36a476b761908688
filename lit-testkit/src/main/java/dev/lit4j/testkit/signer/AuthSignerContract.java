package dev.lit4j.testkit.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.LitException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.usecase.internal.InnerAuthSigCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuthSigner} — the session's auth step — must do: a wallet's ({@code WalletAuthSigner} over
 * any {@code WalletSigner}), a PKP's ({@code PkpAuthSigner} over any {@code NodeTransport}), and your own: a
 * constant identity; an AuthSig that passes the check the session use case makes before it uses one (its
 * signature verifies, by the wallet or under the network key; it is valid now; its SIWE URI is the session key's;
 * its ReCap grants every requested resource and ability), with the SIWE's signer as its address; correct
 * AuthSigs from 8 threads at once; and a failure that is a {@link SignerException} naming the identity (or,
 * for a signer backed by the nodes, a {@link NodeException} giving each node's reason), never a secret.
 *
 * <p>A test of a signer is a short subclass:
 *
 * <pre>{@code
 * class MyAuthSignerTest extends AuthSignerContract {
 *     @Override
 *     protected AuthSigner signer() {
 *         return new MyAuthSigner(...);
 *     }
 * }
 * }</pre>
 *
 * <p>{@link WalletSignerContract} runs this contract for the wallet auth step over its signer, so a
 * {@code WalletSigner} test need not. The failure test runs only when {@link #failingSigner()} gives a
 * signer (it is reported as skipped otherwise).
 */
public abstract class AuthSignerContract {
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final int THREADS = 8;

    /** The signer under test. Called once or more per test; it may return the same signer every time. */
    protected abstract AuthSigner signer();

    /**
     * The network key {@code lit.bls} AuthSigs verify under (a PKP's or a Lit Action's); empty (the default)
     * for a signer whose AuthSigs are wallet signatures.
     */
    protected Optional<BlsPublicKey> networkKey() {
        return Optional.empty();
    }

    /** The SIWE nonce to ask for: a block hash the signer's network accepts. A fixed hash by default. */
    protected String nonce() {
        return NONCE;
    }

    /** The time the signer and its network live in; the system clock by default. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * A signer that fails every AuthSig — its key unusable, its nodes refusing — and so must throw; empty (the
     * default) if the signer cannot be made to fail, and the failure test is then skipped.
     */
    protected Optional<AuthSigner> failingSigner() {
        return Optional.empty();
    }

    /**
     * Secrets of the signer under test that must never appear in its {@code toString()} or in a failure's
     * messages; looked for in any letter case, and hex ones also without {@code 0x}.
     */
    protected List<String> secrets() {
        return List.of();
    }

    @Test
    void itsIdentityIsConstant() {
        AuthSigner signer = signer();
        SessionIdentity identity = signer.identity();
        assertNotNull(identity, "identity()");
        assertEquals(identity, signer.identity(), "identity() must not change");
        assertEquals(identity, signer().identity(), "every signer() must have the same identity");
    }

    @Test
    void itsAuthSigDelegatesEveryRequestedAbilityToTheSessionKey() {
        List<ResourceAbilityRequest> abilities = List.of(
                ResourceAbilityRequest.of(
                        LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION),
                ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING));
        assertPassesTheSessionCheck(signer(), SessionKeyPair.generate(), abilities);
    }

    @Test
    void itsAuthSigDelegatesASingleAbility() {
        assertPassesTheSessionCheck(
                signer(),
                SessionKeyPair.generate(),
                List.of(ResourceAbilityRequest.of(
                        LitResource.wildcard(ResourcePrefix.ACCESS_CONTROL_CONDITION),
                        LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)));
    }

    @Test
    void itMakesCorrectAuthSigsFrom8ThreadsAtOnce() throws Exception {
        AuthSigner signer = signer();
        List<ResourceAbilityRequest> abilities =
                List.of(ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING));
        SignerChecks.onThreadsAtOnce(THREADS, thread -> {
            assertPassesTheSessionCheck(signer, SessionKeyPair.generate(), abilities);
            return thread;
        });
    }

    @Test
    void aFailureNamesItsIdentityOrEveryNodesReasonAndNoSecret() {
        Optional<AuthSigner> failing = failingSigner();
        Assumptions.assumeTrue(failing.isPresent(), "failingSigner() gives no signer: the failure test does not apply");
        AuthSigner signer = failing.get();
        AuthRequest request = request(
                SessionKeyPair.generate(),
                List.of(ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)));

        LitException e = assertThrows(LitException.class, () -> signer.authenticate(request));
        if (e instanceof NodeException refused) {
            assertFalse(
                    refused.failures().isEmpty(),
                    "a refusal by the nodes gives each node's reason: " + refused.getMessage());
        } else {
            SignerException failed = assertInstanceOfSignerException(e);
            String id = signer.identity().id();
            assertTrue(
                    failed.getMessage().toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT)),
                    "the message must name the signer " + id + ": " + failed.getMessage());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            assertNoSecret(String.valueOf(cause.getMessage()), "an exception message");
        }
    }

    @Test
    void itsSecretsNeverShow() {
        assertNoSecret(signer().toString(), "toString()");
        failingSigner().ifPresent(signer -> assertNoSecret(signer.toString(), "the failing signer's toString()"));
    }

    private void assertPassesTheSessionCheck(
            AuthSigner signer, SessionKeyPair sessionKey, List<ResourceAbilityRequest> abilities) {
        AuthSig authSig = signer.authenticate(request(sessionKey, abilities));
        assertNotNull(authSig, "authenticate must return an AuthSig");
        Optional<String> problem = new InnerAuthSigCheck()
                .problem(
                        authSig,
                        sessionKey.publicKey(),
                        abilities,
                        clock().instant(),
                        networkKey().orElse(null));
        assertEquals(Optional.empty(), problem, "the session use case refuses the AuthSig: " + authSig);
        assertTrue(
                SiweMessage.parse(authSig.signedMessage())
                        .address()
                        .checksummed()
                        .equalsIgnoreCase(authSig.address()),
                "the AuthSig's address must be its SIWE's signer: " + authSig);
    }

    private AuthRequest request(SessionKeyPair sessionKey, List<ResourceAbilityRequest> abilities) {
        return new AuthRequest(
                "ethereum",
                "",
                List.of(),
                clock().instant().plus(Duration.ofDays(1)),
                sessionKey.uri(),
                sessionKey.publicKey(),
                nonce(),
                null,
                abilities,
                null,
                null,
                null);
    }

    private static SignerException assertInstanceOfSignerException(LitException e) {
        if (e instanceof SignerException signerException) {
            return signerException;
        }
        throw new AssertionError(
                "a failure must be a SignerException (or a NodeException for a signer backed by" + " the nodes), got "
                        + e.getClass().getName() + ": " + e.getMessage(),
                e);
    }

    private void assertNoSecret(String text, String where) {
        SignerChecks.assertNoSecret(secrets(), text, where);
    }
}
