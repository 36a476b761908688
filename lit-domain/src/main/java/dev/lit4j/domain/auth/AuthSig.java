package dev.lit4j.domain.auth;

import dev.lit4j.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The AuthSig of the Lit wire format: a signature, how it was made, the exact text that was signed,
 * and who signed it. Only these five keys exist on the wire; nodes reject any other.
 *
 * @param sig the signature, in the form its {@link #derivedVia()} dictates
 * @param derivedVia how the signature was made, e.g. {@value #DERIVED_VIA_WALLET}
 * @param signedMessage the exact text that was signed (a SIWE message or a session-signed JSON)
 * @param address the signer: an Ethereum address, or the session public key for session sigs
 * @param algo the algorithm, or {@code null} when absent on the wire
 */
public record AuthSig(
        String sig,
        String derivedVia,
        String signedMessage,
        String address,
        @Nullable String algo) {

    /** {@code derivedVia} of an EIP-191 personal-sign wallet signature. */
    public static final String DERIVED_VIA_WALLET = "web3.eth.personal.sign";
    /** {@code derivedVia} of a per-node session signature. */
    public static final String DERIVED_VIA_SESSION = "litSessionSignViaNacl";
    /** {@code algo} of a per-node session signature. */
    public static final String ALGO_SESSION = "ed25519";
    /** {@code derivedVia} of a network BLS signature (PKP and Lit Action sessions). */
    public static final String DERIVED_VIA_BLS = "lit.bls";
    /** {@code algo} of a network BLS signature. */
    public static final String ALGO_BLS = "LIT_BLS";
    /** {@code derivedVia} of an EIP-1271 contract signature over the EIP-191 hash. */
    public static final String DERIVED_VIA_EIP1271 = "EIP1271";
    /** {@code derivedVia} of an EIP-1271 contract signature over the SHA-256 hash. */
    public static final String DERIVED_VIA_EIP1271_SHA256 = "EIP1271_SHA256";

    public AuthSig {
        InvalidInputException.requireNonNull("authSig.sig", sig);
        InvalidInputException.requireNonNull("authSig.derivedVia", derivedVia);
        InvalidInputException.requireNonNull("authSig.signedMessage", signedMessage);
        InvalidInputException.requireNonNull("authSig.address", address);
    }

    /** A wallet (EIP-191) AuthSig, with no {@code algo}. */
    public static AuthSig wallet(String sig, String signedMessage, String address) {
        return new AuthSig(sig, DERIVED_VIA_WALLET, signedMessage, address, null);
    }

    /** How a node classifies this AuthSig, from {@code derivedVia} and {@code algo}. */
    public AuthSigKind kind() {
        if (DERIVED_VIA_SESSION.equals(derivedVia) && ALGO_SESSION.equals(algo)) {
            return AuthSigKind.SESSION;
        }
        if (DERIVED_VIA_EIP1271.equals(derivedVia) || DERIVED_VIA_EIP1271_SHA256.equals(derivedVia)) {
            return AuthSigKind.CONTRACT;
        }
        if (DERIVED_VIA_BLS.equals(derivedVia) && ALGO_BLS.equals(algo)) {
            return AuthSigKind.BLS_NETWORK;
        }
        return AuthSigKind.WALLET;
    }
}
