package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthMethodType;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.siwe.SiweMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Hash;

/**
 * The rule that keeps a cached AuthSig to the auth material it was obtained with: a stored AuthSig
 * satisfies a later request only if that request brings the same auth material, because reusing it
 * skips the nodes' checks (and a Lit Action's run) entirely. The material is named by a fingerprint
 * that becomes part of the {@link SessionIdentity} under which the session key and AuthSigs are stored:
 *
 * <ul>
 *   <li>auth methods ({@link #authMethodsFingerprint}): each by its id — an EthWallet auth method whose
 *       wallet signature verifies and whose SIWE has not expired is the wallet's address (the nodes derive
 *       the auth method id from it); any other auth method is the hash of its exact access token, so a
 *       different token never reuses (when in doubt, do not reuse);
 *   <li>a request's Lit Action ({@link #scopedToLitAction}): its code or IPFS id and the canonical JSON
 *       (RFC 8785) of its {@code jsParams}.
 * </ul>
 *
 * <p>A fingerprint is the first 128 bits of a SHA-256, in hex. Stateless.
 */
final class AuthMaterial {
    private static final int FINGERPRINT_HEX_DIGITS = 32;

    private AuthMaterial() {}

    /**
     * The fingerprint of {@code authMethods} at {@code now}, independent of their order; empty for none.
     */
    static Optional<String> authMethodsFingerprint(List<AuthMethod> authMethods, Instant now) {
        if (authMethods.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (AuthMethod method : authMethods) {
            ids.add(id(method, now));
        }
        ids.sort(null);
        return Optional.of(fingerprint(String.join("\n", ids)));
    }

    /**
     * {@code identity} narrowed to the request's Lit Action and {@code jsParams}, or {@code identity}
     * itself when the request has no Lit Action.
     */
    static SessionIdentity scopedToLitAction(SessionIdentity identity, SessionSigsRequest request) {
        Optional<String> action = request.litActionCode()
                .map(code -> "code\n" + code)
                .or(() -> request.litActionIpfsId().map(cid -> "ipfs\n" + cid));
        if (action.isEmpty()) {
            return identity;
        }
        String params = request.jsParams().map(Jcs::canonicalize).orElse("none");
        return new SessionIdentity(
                identity.kind(), identity.id() + ".action-" + fingerprint(action.get() + "\njsParams\n" + params));
    }

    private static String id(AuthMethod method, Instant now) {
        if (method.type() == AuthMethodType.ETH_WALLET) {
            Optional<String> wallet = verifiedWallet(method.accessToken(), now);
            if (wallet.isPresent()) {
                return "wallet\n" + wallet.get();
            }
        }
        return "token\n" + method.type().wireValue() + "\n" + fingerprint(method.accessToken());
    }

    // The address of a wallet AuthSig that a node would accept now; empty for anything else.
    private static Optional<String> verifiedWallet(String accessToken, Instant now) {
        try {
            AuthSig authSig = AuthSigJson.parse("authMethod.accessToken", accessToken);
            SiweMessage siwe = SiweMessage.parse(authSig.signedMessage());
            Optional<Instant> expiration = siwe.expirationTimeInstant();
            if (expiration.isPresent() && !now.isBefore(expiration.get())) {
                return Optional.empty();
            }
            PersonalSignatureVerifier.verify("authMethod.accessToken", siwe.render(), authSig.sig(), siwe.address());
            return Optional.of(siwe.address().checksummed());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static String fingerprint(String material) {
        return Hex.encode(Hash.sha256(material.getBytes(StandardCharsets.UTF_8)))
                .substring(0, FINGERPRINT_HEX_DIGITS);
    }
}
