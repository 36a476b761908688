package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import java.util.List;

/**
 * A key an action claimed with {@code Lit.Actions.claimKey({keyId})}, merged over the nodes as the SDK's
 * {@code getClaims} does: every node's signature over the derived key id, and the derived key id.
 *
 * @param keyId the key id the action claimed
 * @param signatures each node's node-wallet signature, in the order the nodes answered
 * @param derivedKeyId the derived key id, hex, as the first node gave it
 */
public record LitActionClaim(String keyId, List<EcdsaSignature> signatures, String derivedKeyId) {

    public LitActionClaim {
        InvalidInputException.requireNonNull("claim.keyId", keyId);
        signatures = List.copyOf(InvalidInputException.requireNonNull("claim.signatures", signatures));
        InvalidInputException.requireNonNull("claim.derivedKeyId", derivedKeyId);
    }
}
