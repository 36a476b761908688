package dev.lit4j.domain.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;

/**
 * Makes EIP-191 personal signatures ({@code personal_sign}, {@code web3.eth.personal.sign}) with a
 * {@link WalletSigner}: hashes the message, has the signer sign the hash, normalises the result
 * (low-s, recovery id) and checks that it recovers to the signer's address.
 *
 * <p>The output is what the JS SDK puts in a wallet AuthSig's {@code sig}: {@code 0x} + 65 bytes
 * {@code r‖s‖v} with {@code v} = 27 or 28. Signatures are deterministic when the signer is
 * (RFC 6979), so a key gives the same signature as ethers.
 *
 * <p>Immutable; thread-safe when the signer is, as its contract requires.
 */
public final class PersonalMessageSigner {
    private final WalletSigner signer;

    public PersonalMessageSigner(WalletSigner signer) {
        this.signer = InvalidInputException.requireNonNull("signer", signer);
    }

    /** The address the signatures recover to. */
    public EthAddress address() {
        return signer.address();
    }

    /**
     * Signs the UTF-8 bytes of {@code message} under EIP-191.
     *
     * @return {@code 0x} + 130 lowercase hex digits ({@code r‖s‖v}, v = 27 or 28)
     * @throws SignerException if the signer fails, returns nothing, or returns a signature that does
     *     not recover to its own address
     */
    public String sign(String message) {
        InvalidInputException.requireNonNull("message", message);
        EthAddress address = signer.address();
        byte[] digest = Eip191.hash(message);
        EcdsaSignature raw = callSigner(address, digest.clone());
        return raw.normalizedFor(digest, address)
                .orElseThrow(() -> new SignerException("wallet signer " + address + " returned a signature that"
                        + " does not recover to its address; it signs with another key, or hashes the digest again"))
                .toRsvHex();
    }

    private EcdsaSignature callSigner(EthAddress address, byte[] digest) {
        EcdsaSignature raw;
        try {
            raw = signer.signDigest(digest);
        } catch (LitException e) {
            throw e;
        } catch (RuntimeException e) {
            // an adapter that breaks its contract still fails with the project's exception type
            throw new SignerException("wallet signer " + address + " failed: " + e, e);
        }
        if (raw == null) {
            throw new SignerException("wallet signer " + address + " returned no signature");
        }
        return raw;
    }
}
