package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;

/**
 * A request to the Lit nodes for the decryption key of data encrypted under access control conditions
 * (operations spec §3.4): every node checks the session sig and the conditions and signs the identity
 * {@code lit-accesscontrolcondition://<hashOfConditions>/<dataToEncryptHash>} with its key share.
 *
 * @param conditions the conditions the data was encrypted under; sent in canonical form
 * @param dataToEncryptHash the hash the data was encrypted with
 * @param chain the chain the nodes validate the session sig for, e.g. {@code ethereum}
 * @param sessionSigs one session sig per node granting {@code access-control-condition-decryption} on
 *     {@link #resource()} (or on {@code lit-accesscontrolcondition://*})
 */
public record DecryptionRequest(
        AccessControlConditions conditions, DataHash dataToEncryptHash, String chain, SessionSigs sessionSigs) {

    public DecryptionRequest {
        InvalidInputException.requireNonNull("decrypt.conditions", conditions);
        InvalidInputException.requireNonNull("decrypt.dataToEncryptHash", dataToEncryptHash);
        InvalidInputException.requireNonNull("decrypt.chain", chain);
        InvalidInputException.requireNonNull("decrypt.sessionSigs", sessionSigs);
        if (chain.isBlank()) {
            throw new InvalidInputException("decrypt.chain", "is empty; name the chain, e.g. ethereum");
        }
    }

    /** The resource the session sigs must grant decryption on. */
    public LitResource resource() {
        return conditions.resource(dataToEncryptHash);
    }

    /**
     * The session sig for the connected node reached at exactly {@code nodeUrl}.
     *
     * @throws InvalidInputException if there is none; nothing may be sent then
     */
    public SessionSig sessionSigFor(String nodeUrl) {
        return sessionSigs
                .forNode(nodeUrl)
                .orElseThrow(() -> new InvalidInputException(
                        "decrypt.sessionSigs",
                        "has no session sig for the connected node " + nodeUrl + "; it has " + sessionSigs.nodeUrls()));
    }

    /** The identity the nodes sign: the UTF-8 bytes of {@link #resource()}'s key. */
    public byte[] identity() {
        return conditions.identity(dataToEncryptHash);
    }
}
