package dev.lit4j.domain.ethereum;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.ethereum.internal.Eip191;

/**
 * Checks an EIP-191 personal signature ({@code web3.eth.personal.sign}) as strictly as a Lit node
 * does: {@code 0x} optional, exactly 65 bytes {@code r‖s‖v}, {@code v} ∈ {0, 1, 27, 28}, low-s only
 * (k256 refuses high-s), and the key recovered over the EIP-191 hash of the exact message text must
 * have the expected address.
 *
 * <p>The message is hashed as given. A node hashes a SIWE message after re-rendering it; callers
 * that check SIWE text pass the re-rendered text.
 */
public final class PersonalSignatureVerifier {
    private PersonalSignatureVerifier() {}

    /**
     * The address that signed {@code message}.
     *
     * @param field the name of the signature, for errors, e.g. {@code "authSig.sig"}
     * @throws InvalidInputException naming {@code field} if the signature is not 65-byte hex with a
     *     valid {@code v}
     * @throws InvalidSignatureException naming {@code field} if {@code s} is high or no key recovers
     */
    public static EthAddress recoverSigner(String field, String message, String signatureHex) {
        InvalidInputException.requireNonNull("message", message);
        EcdsaSignature signature = EcdsaSignature.parseRsvHex(field, signatureHex);
        if (!signature.isLowS()) {
            throw new InvalidSignatureException(
                    field,
                    "s is in the upper half of the group order (high-s);"
                            + " Lit nodes refuse it. Use the low-s form: s' = n − s, with v flipped between 27 and 28");
        }
        return signature.tryRecoverAddress(Eip191.hash(message)).orElseThrow(() -> EcdsaSignature.unrecoverable(field));
    }

    /**
     * Checks that {@code expected} signed {@code message}.
     *
     * @throws InvalidInputException as {@link #recoverSigner}
     * @throws InvalidSignatureException naming {@code field} if it was signed by another address,
     *     or as {@link #recoverSigner}
     */
    public static void verify(String field, String message, String signatureHex, EthAddress expected) {
        InvalidInputException.requireNonNull("expectedSigner", expected);
        EthAddress signer = recoverSigner(field, message, signatureHex);
        if (!signer.equals(expected)) {
            throw new InvalidSignatureException(
                    field,
                    "recovers to " + signer + ", not to the expected signer " + expected
                            + " (another key signed, or the message differs from what was signed)");
        }
    }
}
