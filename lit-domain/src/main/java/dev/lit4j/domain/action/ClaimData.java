package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;

/**
 * One node's entry of an {@code executeJs} answer's {@code claimData}: its node-wallet signature over the key
 * id an action claimed with {@code Lit.Actions.claimKey} (operations spec §2.4).
 *
 * @param signature the node's signature, hex of {@code r‖s‖v} (65 bytes), possibly quoted
 * @param derivedKeyId the derived key id, hex
 */
public record ClaimData(String signature, String derivedKeyId) {

    public ClaimData {
        InvalidInputException.requireNonNull("claimData.signature", signature);
        InvalidInputException.requireNonNull("claimData.derivedKeyId", derivedKeyId);
    }
}
