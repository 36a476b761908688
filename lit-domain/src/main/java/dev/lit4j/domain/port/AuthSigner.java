package dev.lit4j.domain.port;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.session.SessionIdentity;

/**
 * The auth step of a session: produces the inner AuthSig that delegates the requested resources and
 * abilities to a session key (the JS SDK's {@code authNeededCallback}). A wallet signs a SIWE with a
 * ReCap; a PKP or a Lit Action has the nodes BLS-sign one.
 *
 * <p><b>Contract.</b> {@link #identity()} is constant: it names whose AuthSigs these are, and with
 * which auth material they are obtained, so that session keys and AuthSigs are cached per identity. Two
 * signers whose AuthSigs would be checked differently (another wallet, another PKP auth method) must have
 * different identities: a stored AuthSig satisfies every later request of the same identity without
 * the signer being asked again. {@link #authenticate} returns an AuthSig whose
 * SIWE URI is {@link AuthRequest#uri()} and whose ReCap grants every
 * {@link AuthRequest#resourceAbilityRequests()} entry; the session use case checks both and refuses
 * the AuthSig otherwise. Implementations are thread-safe. Failures are {@link SignerException}s (or
 * {@link NodeException}s for network-backed signers) naming the identity, never key material.
 */
public interface AuthSigner {

    /** Whose AuthSigs this signer makes. */
    SessionIdentity identity();

    /**
     * Makes an AuthSig for {@code request}.
     *
     * @throws SignerException if the signature cannot be made
     */
    AuthSig authenticate(AuthRequest request);
}
