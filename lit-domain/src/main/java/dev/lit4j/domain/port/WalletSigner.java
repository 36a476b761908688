package dev.lit4j.domain.port;

import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;

/**
 * An Ethereum account that signs 32-byte digests with its secp256k1 key: a private key in memory,
 * a JCA or PKCS#11 (HSM) key, a KMS, a remote wallet.
 *
 * <p>A signer signs what it is given and never hands out its key. It need not know Ethereum: it
 * returns the signature in whatever form it has — DER without a recovery id, possibly with a high
 * {@code s} — and the domain normalises it (low-s, recovery id) and checks that it recovers to
 * {@link #address()} before anything is sent.
 *
 * <p><b>Contract.</b> Implementations are thread-safe: {@link #signDigest} may be called from many
 * threads at once. {@link #address()} is constant for the signer's lifetime and cheap to call.
 * Failures are reported as {@link SignerException}, whose message names the signer's address and
 * never contains key material.
 *
 * <p>Adapters are named {@code <Tech>WalletSigner}, e.g. {@code Pkcs11WalletSigner}.
 */
public interface WalletSigner {

    /** The EIP-55 address of the signing key. */
    EthAddress address();

    /**
     * Signs {@code digest} as it is, without hashing it again and without any prefix.
     *
     * @param digest exactly 32 bytes (here always an EIP-191 hash); the signer must not modify it
     * @return the signature; its recovery id may be absent and its {@code s} may be high
     * @throws SignerException if the key cannot be used (unavailable, locked, refused, timed out)
     */
    EcdsaSignature signDigest(byte[] digest);
}
