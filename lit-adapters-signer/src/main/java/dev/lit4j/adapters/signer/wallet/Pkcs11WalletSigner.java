package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * A {@link WalletSigner} whose secp256k1 key lives in an HSM and signs there, through PKCS#11
 * ({@code C_Sign} with {@code CKM_ECDSA} over the 32-byte digest; the raw {@code r‖s} the token returns
 * is read by {@link EcdsaSignature#fromCompact}). Made by {@link Pkcs11Token#walletSigner} or
 * {@link Pkcs11Token#generateWalletKey}; it signs while its token is open.
 *
 * <p>Thread-safe: concurrent signatures use separate sessions of the token's pool.
 */
public final class Pkcs11WalletSigner implements WalletSigner {
    private static final int RAW_SIGNATURE_BYTES = 64;

    private final Pkcs11Token token;
    private final String keyLabel;
    private final long privateKey;
    private final EthAddress address;

    Pkcs11WalletSigner(Pkcs11Token token, String keyLabel, long privateKey, EthAddress address) {
        this.token = token;
        this.keyLabel = keyLabel;
        this.privateKey = privateKey;
        this.address = address;
    }

    @Override
    public EthAddress address() {
        return address;
    }

    /**
     * Signs {@code digest} in the token.
     *
     * @return {@code (r, s)} without a recovery id; {@code s} may be high
     * @throws InvalidInputException if {@code digest} is not 32 bytes
     * @throws SignerException naming the address, token and key if the token is closed, refuses or fails
     *     (the PKCS#11 error is named), or returns something other than 64 bytes
     */
    @Override
    public EcdsaSignature signDigest(byte[] digest) {
        byte[] message = SigningDigest.copyOf(digest);
        if (token.isClosed()) {
            throw new SignerException(this + " cannot sign: its token was closed");
        }
        byte[] raw;
        try {
            raw = token.signEcdsa(privateKey, message);
        } catch (TokenException e) {
            throw new SignerException(this + " could not sign: " + Pkcs11Token.describe(e), e);
        } catch (RuntimeException e) {
            // a native wrapper may also fail unchecked; the port promises a SignerException
            throw new SignerException(this + " could not sign: " + e, e);
        }
        if (raw == null || raw.length != RAW_SIGNATURE_BYTES) {
            throw new SignerException(this + " got " + (raw == null ? "no" : raw.length + " bytes")
                    + " from CKM_ECDSA, expected 64 (r‖s)");
        }
        try {
            return EcdsaSignature.fromCompact(raw);
        } catch (InvalidInputException e) {
            throw new SignerException(this + " returned an invalid signature: " + e.getMessage(), e);
        }
    }

    /** The label of the token the key is in. */
    public String tokenLabel() {
        return token.label();
    }

    /** The key's label ({@code CKA_LABEL}). */
    public String keyLabel() {
        return keyLabel;
    }

    @Override
    public String toString() {
        return "Pkcs11WalletSigner[" + address + ", token '" + token.label() + "', key '" + keyLabel + "']";
    }
}
