package dev.lit4j.domain.encryption;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.BlsTimeLock;
import dev.lit4j.domain.bls.TimeLockDecryptionException;
import java.util.List;

/**
 * The local halves of the JS SDK's {@code encrypt} and {@code decrypt} (operations spec §3.2, §3.7):
 * encrypting needs only the network key; decrypting needs the network's signature over the identity
 * ({@code lit-accesscontrolcondition://<hashOfConditions>/<dataToEncryptHash>}), which the nodes give in
 * shares to whoever meets the conditions. The signature is verified against the network key before it
 * is used. Stateless and thread-safe.
 */
public final class LitEncryption {
    private LitEncryption() {}

    /**
     * Encrypts {@code plaintext} so that only who meets {@code conditions} can decrypt it.
     *
     * @param networkKey the network's BLS key (the handshake's {@code subnetPublicKey}; on Datil the same as
     *     {@code networkPublicKey})
     * @throws InvalidInputException if an argument is null
     */
    public static EncryptedData encrypt(AccessControlConditions conditions, byte[] plaintext, BlsPublicKey networkKey) {
        InvalidInputException.requireNonNull("conditions", conditions);
        InvalidInputException.requireNonNull("plaintext", plaintext);
        InvalidInputException.requireNonNull("networkKey", networkKey);
        DataHash dataHash = DataHash.of(plaintext);
        return new EncryptedData(BlsTimeLock.seal(networkKey, conditions.identity(dataHash), plaintext), dataHash);
    }

    /**
     * Decrypts with the network's signature over the identity of {@code data} under {@code conditions}.
     *
     * @throws InvalidSignatureException naming {@code identitySignature} if it is not the network's
     *     signature over that identity (then it is not used)
     * @throws TimeLockDecryptionException if the ciphertext does not decrypt: it was altered, or made under
     *     other conditions, another data hash or another network key
     */
    public static byte[] decrypt(
            EncryptedData data,
            AccessControlConditions conditions,
            BlsSignature identitySignature,
            BlsPublicKey networkKey) {
        InvalidInputException.requireNonNull("data", data);
        InvalidInputException.requireNonNull("conditions", conditions);
        InvalidInputException.requireNonNull("identitySignature", identitySignature);
        InvalidInputException.requireNonNull("networkKey", networkKey);
        byte[] identity = conditions.identity(data.dataToEncryptHash());
        if (!BlsPopScheme.verify(networkKey, identity, identitySignature)) {
            throw new InvalidSignatureException(
                    "identitySignature",
                    "is not the network's signature over "
                            + conditions.resource(data.dataToEncryptHash()).key() + " under the network key "
                            + networkKey.hex() + "; it was not used to decrypt");
        }
        return BlsTimeLock.unseal(data.ciphertext(), identitySignature);
    }

    /**
     * Combines the nodes' decryption shares (Lagrange interpolation at 0), then decrypts as
     * {@link #decrypt(EncryptedData, AccessControlConditions, BlsSignature, BlsPublicKey)}.
     *
     * @throws InvalidInputException naming {@code signatureShares} if the shares cannot be combined
     *     (none, a repeated identifier)
     * @throws InvalidSignatureException if they combine to a signature the network key does not verify:
     *     too few shares, or a wrong one
     * @throws TimeLockDecryptionException as {@link #decrypt(EncryptedData, AccessControlConditions,
     *     BlsSignature, BlsPublicKey)}
     */
    public static byte[] decrypt(
            EncryptedData data,
            AccessControlConditions conditions,
            List<BlsSignatureShare> shares,
            BlsPublicKey networkKey) {
        return decrypt(data, conditions, BlsShareCombiner.combine(shares), networkKey);
    }
}
