package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;

/**
 * A request to the Lit nodes to sign 32 bytes with a PKP ({@code pkpSign}, operations spec §1): each node
 * gets its own session sig, checks it for {@code pkp-signing} on the PKP's {@code lit-pkp://} resource, and
 * answers with its share of the threshold ECDSA signature.
 *
 * @param toSign the 32 bytes to sign (the nodes do not hash)
 * @param pkpPublicKey the PKP that signs
 * @param sessionSigs the session sigs, one per node, keyed by the node's exact URL
 */
public record PkpSignRequest(DataToSign toSign, PkpPublicKey pkpPublicKey, SessionSigs sessionSigs) {

    public PkpSignRequest {
        InvalidInputException.requireNonNull("pkpSign.toSign", toSign);
        InvalidInputException.requireNonNull("pkpSign.pkpPublicKey", pkpPublicKey);
        InvalidInputException.requireNonNull("pkpSign.sessionSigs", sessionSigs);
    }

    /**
     * The session sig for the node reached at exactly {@code nodeUrl}.
     *
     * @throws InvalidInputException if there is none, as the JS SDK refuses before it sends anything
     */
    public SessionSig sessionSigFor(String nodeUrl) {
        return sessionSigs
                .forNode(nodeUrl)
                .orElseThrow(() -> new InvalidInputException(
                        "sessionSigs",
                        "has no"
                                + " session sig for the node " + nodeUrl + "; they are for " + sessionSigs.nodeUrls()
                                + ", make them for the connected nodes"));
    }
}
