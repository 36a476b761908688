package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.encryption.LitEncryption;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.session.SessionSigs;
import jakarta.inject.Inject;

/**
 * The JS SDK's {@code encrypt} and {@code decrypt} over a {@link NodeTransport}: encrypting under the
 * connected network's key, and decrypting with the nodes' signature over the data's identity, which
 * they give only to a session whose user meets the conditions. Thread-safe when the transport is.
 */
public final class Decryptor {
    private final NodeTransport nodes;

    @Inject
    public Decryptor(NodeTransport nodes) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
    }

    /**
     * Encrypts {@code plaintext} under {@code conditions} with the connected network's key; no node is
     * asked to do anything but the handshake.
     *
     * @throws dev.lit4j.domain.port.NodeException if the network cannot be connected
     */
    public EncryptedData encrypt(AccessControlConditions conditions, byte[] plaintext) {
        return LitEncryption.encrypt(conditions, plaintext, nodes.network().networkPublicKey());
    }

    /**
     * Decrypts {@code data}: asks the nodes for the signature over its identity with {@code sessionSigs},
     * verifies it against the network key and decrypts.
     *
     * @param chain the chain the nodes validate the session sigs for, e.g. {@code ethereum}
     * @return the plaintext
     * @throws dev.lit4j.domain.port.NodeException naming every node that refused (e.g. the user does not
     *     meet the conditions) when fewer than the threshold gave a valid share
     * @throws dev.lit4j.domain.bls.TimeLockDecryptionException if the ciphertext does not decrypt (altered,
     *     or made under other conditions or another network key)
     */
    public byte[] decrypt(
            EncryptedData data, AccessControlConditions conditions, String chain, SessionSigs sessionSigs) {
        InvalidInputException.requireNonNull("data", data);
        DecryptionRequest request = new DecryptionRequest(conditions, data.dataToEncryptHash(), chain, sessionSigs);
        ConnectedNetwork network = nodes.network();
        BlsSignature signature = nodes.decryptionSignature(request);
        return LitEncryption.decrypt(data, conditions, signature, network.networkPublicKey());
    }
}
