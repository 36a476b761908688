package dev.lit4j.domain.usecase.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.verify.VerifiedSigCache;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an inner AuthSig (the wallet or PKP signature that delegates to a session key) can
 * be used for a session, as the JS SDK's {@code checkNeedToResignSessionKey} does (client spec §6.4):
 * its signature verifies, it is within its validity window, its SIWE URI is the session key's, and its
 * first ReCap grants every requested resource and ability. A {@code lit.bls} AuthSig carries the nodes'
 * issue time, so it may be issued up to {@link SessionTimeLimits#CLOCK_GRACE} after this client's now
 * (the nodes' own tolerance for a client's clock), not later.
 *
 * <p>The answer is the reason it cannot be used, in words, or empty when it can. A signature that
 * verified is remembered in a {@link VerifiedSigCache} until its SIWE expires, so a stored AuthSig
 * reused for session after session costs one signature check, not one per session; the time, URI and
 * ReCap rules run every time. Thread-safe.
 */
public final class InnerAuthSigCheck {
    private final VerifiedSigCache verified;

    /** A check that remembers up to 1,024 verified signatures. */
    public InnerAuthSigCheck() {
        this(new VerifiedSigCache(1024));
    }

    /** A check that remembers verified signatures in {@code verified}. */
    public InnerAuthSigCheck(VerifiedSigCache verified) {
        this.verified = InvalidInputException.requireNonNull("verified", verified);
    }

    /**
     * Why {@code authSig} cannot delegate {@code requests} to {@code sessionKey} at {@code now}, if it cannot.
     *
     * @param networkKey the network BLS key, to verify {@code lit.bls} AuthSigs
     */
    public Optional<String> problem(
            AuthSig authSig,
            SessionPublicKey sessionKey,
            List<ResourceAbilityRequest> requests,
            Instant now,
            BlsPublicKey networkKey) {
        SiweMessage siwe;
        try {
            siwe = SiweMessage.parse(authSig.signedMessage());
        } catch (InvalidInputException e) {
            return Optional.of("its signedMessage is not a valid SIWE message (" + e.getMessage() + ")");
        }
        Optional<String> signatureProblem = signatureProblem(authSig, siwe, now, networkKey);
        if (signatureProblem.isPresent()) {
            return signatureProblem;
        }
        if (!sessionKey.uri().equals(siwe.uri())) {
            return Optional.of("it delegates to URI " + siwe.uri() + ", not to this session key " + sessionKey.uri());
        }
        if (siwe.resources() == null || siwe.resources().isEmpty()) {
            return Optional.of("its SIWE message has no resources, so it grants no capability");
        }
        Recap recap;
        try {
            recap = RecapUrn.decode(siwe.resources().get(0));
        } catch (InvalidInputException e) {
            return Optional.of("its first SIWE resource is not a valid ReCap (" + e.getMessage() + ")");
        }
        for (ResourceAbilityRequest request : requests) {
            if (!recap.verifyCapabilitiesForResource(request.resource(), request.ability())) {
                return Optional.of(
                        "its ReCap does not grant " + request.ability().wireName() + " on "
                                + request.resource().key());
            }
        }
        return Optional.empty();
    }

    private Optional<String> signatureProblem(AuthSig authSig, SiweMessage siwe, Instant now, BlsPublicKey networkKey) {
        String algo = authSig.algo();
        if (algo == null || AuthSig.ALGO_SESSION.equals(algo)) {
            return walletProblem(authSig, siwe, now);
        }
        if (AuthSig.ALGO_BLS.equals(algo)) {
            return blsProblem(authSig, siwe, now, networkKey);
        }
        return Optional.of("its algo \"" + algo + "\" is neither absent, ed25519 nor LIT_BLS");
    }

    private Optional<String> walletProblem(AuthSig authSig, SiweMessage siwe, Instant now) {
        Optional<Instant> expiration = siwe.expirationTimeInstant();
        if (expiration.isEmpty()) {
            return Optional.of("its SIWE message has no Expiration Time");
        }
        if (!now.isBefore(expiration.get())) {
            return Optional.of("it expired at " + siwe.expirationTime());
        }
        Optional<Instant> notBefore = siwe.notBeforeInstant();
        if (notBefore.isPresent() && now.isBefore(notBefore.get())) {
            return Optional.of("it is not valid before " + siwe.notBefore());
        }
        SignatureKey key = new SignatureKey(authSig, null);
        if (verified.get(key, now, VerifiedSignature.class) != null) {
            return Optional.empty();
        }
        try {
            PersonalSignatureVerifier.verify("authSig.sig", siwe.render(), authSig.sig(), siwe.address());
        } catch (InvalidInputException e) {
            return Optional.of("its signature does not verify (" + e.getMessage() + ")");
        }
        verified.put(key, new VerifiedSignature(expiration.get()), now);
        return Optional.empty();
    }

    private Optional<String> blsProblem(AuthSig authSig, SiweMessage siwe, Instant now, BlsPublicKey networkKey) {
        Optional<Instant> expiration = siwe.expirationTimeInstant();
        if (expiration.isEmpty()) {
            return Optional.of("its SIWE message has no Expiration Time");
        }
        if (!now.isBefore(expiration.get())) {
            return Optional.of("it expired at " + siwe.expirationTime());
        }
        Optional<String> issuedTooLate = SessionTimeLimits.issuedTooLate(siwe.issuedAtInstant(), siwe.issuedAt(), now);
        if (issuedTooLate.isPresent()) {
            return Optional.of("its SIWE " + issuedTooLate.get());
        }
        SignatureKey key = new SignatureKey(authSig, networkKey);
        if (verified.get(key, now, VerifiedSignature.class) != null) {
            return Optional.empty();
        }
        BlsSignature signature;
        try {
            signature = BlsSignature.fromProofOfPossessionJson("authSig.sig", authSig.sig());
        } catch (InvalidInputException e) {
            return Optional.of("its BLS signature is malformed (" + e.getMessage() + ")");
        }
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(authSig.signedMessage()));
        if (!BlsPopScheme.verify(networkKey, message.bytes(), signature)) {
            return Optional.of("its BLS signature does not verify against the network key " + networkKey.hex());
        }
        verified.put(key, new VerifiedSignature(expiration.get()), now);
        return Optional.empty();
    }

    /** An AuthSig, exactly, and the BLS key it was checked against (null for a wallet signature). */
    private record SignatureKey(AuthSig authSig, BlsPublicKey networkKey) {}

    /** The AuthSig's signature verified; it is of no use after its SIWE expires. */
    private record VerifiedSignature(Instant evictAfter) implements VerifiedSigCache.Entry {}
}
