package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import javax.security.auth.Destroyable;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * A {@link WalletSigner} over a secp256k1 private key held in memory (web3j): what a development
 * machine, a test or a service that keeps its key in a secret store uses. Signatures are deterministic
 * (RFC 6979) and low-s, as ethers makes them. They carry no recovery id: finding it takes trial public-key
 * recoveries, and the domain's signing step ({@code PersonalMessageSigner}) does those anyway to check that
 * the signature recovers to this signer's address, so doing them here too would only double the cost.
 *
 * <p>The key is never shown: not by {@link #toString()}, not in an exception message, not even a digit
 * of it when it is malformed. {@link #destroy()} drops it; the signer then refuses to sign.
 *
 * <p>Thread-safe.
 */
public final class PrivateKeyWalletSigner implements WalletSigner, Destroyable {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final int KEY_HEX_DIGITS = 64;

    private final EthAddress address;
    private volatile ECKeyPair key;

    private PrivateKeyWalletSigner(BigInteger privateKey) {
        // the public half is always derived here, so a key pair whose halves disagree cannot sneak in
        this.key = ECKeyPair.create(privateKey);
        this.address = EthAddress.parseAnyCase("address", "0x" + Keys.getAddress(key));
    }

    /**
     * The signer of a private key written in hex, as wallets export it.
     *
     * @param privateKeyHex 64 hex digits, with or without {@code 0x}
     * @throws InvalidInputException naming {@code privateKey} if it is not 64 hex digits or not a valid
     *     secp256k1 key (0, or not below the group order); the message never contains the value
     */
    public static PrivateKeyWalletSigner fromHex(String privateKeyHex) {
        InvalidInputException.requireNonNull("privateKey", privateKeyHex);
        String digits = privateKeyHex.startsWith("0x") ? privateKeyHex.substring(2) : privateKeyHex;
        if (digits.length() != KEY_HEX_DIGITS || !Hex.isHexDigits(digits)) {
            throw new InvalidInputException(
                    "privateKey",
                    "expected 64 hex digits (32 bytes), optionally after 0x;" + " got " + privateKeyHex.length()
                            + " characters that are not that (the value is not shown)");
        }
        return of(new BigInteger(1, Hex.decode("privateKey", digits)));
    }

    /**
     * The signer of a web3j key pair; only its private key is used (the public half is derived again).
     *
     * @throws InvalidInputException naming {@code privateKey} if the key is not a valid secp256k1 key
     */
    public static PrivateKeyWalletSigner of(ECKeyPair keyPair) {
        InvalidInputException.requireNonNull("keyPair", keyPair);
        return of(keyPair.getPrivateKey());
    }

    /** The signer of web3j credentials (their key pair). */
    public static PrivateKeyWalletSigner of(Credentials credentials) {
        InvalidInputException.requireNonNull("credentials", credentials);
        return of(credentials.getEcKeyPair());
    }

    /** A signer with a fresh random key, e.g. for a throw-away identity. */
    public static PrivateKeyWalletSigner generate() {
        try {
            return of(Keys.createEcKeyPair());
        } catch (GeneralSecurityException e) {
            throw new SignerException("no secp256k1 key could be generated: " + e, e);
        }
    }

    private static PrivateKeyWalletSigner of(BigInteger privateKey) {
        InvalidInputException.requireNonNull("privateKey", privateKey);
        if (privateKey.signum() <= 0 || privateKey.compareTo(N) >= 0) {
            throw new InvalidInputException(
                    "privateKey",
                    "must be between 1 and n − 1 (n = the secp256k1 group" + " order); the value is not shown");
        }
        return new PrivateKeyWalletSigner(privateKey);
    }

    @Override
    public EthAddress address() {
        return address;
    }

    /**
     * Signs {@code digest} with RFC 6979 nonces.
     *
     * @return low-s {@code (r, s)}, without a recovery id
     * @throws InvalidInputException if {@code digest} is not 32 bytes
     * @throws SignerException if the signer was {@linkplain #destroy() destroyed}
     */
    @Override
    public EcdsaSignature signDigest(byte[] digest) {
        byte[] message = SigningDigest.copyOf(digest);
        ECKeyPair current = key;
        if (current == null) {
            throw new SignerException("wallet signer " + address + " was destroyed; it holds no key any more");
        }
        ECDSASignature signature = current.sign(message);
        return EcdsaSignature.of(signature.r, signature.s);
    }

    /**
     * Forgets the key: every later {@link #signDigest} throws a {@link SignerException}. The key's
     * number cannot be overwritten in place (Java's {@code BigInteger} is immutable), so this drops the
     * only reference to it and leaves the memory to the garbage collector.
     */
    @Override
    public void destroy() {
        key = null;
    }

    @Override
    public boolean isDestroyed() {
        return key == null;
    }

    @Override
    public String toString() {
        return "PrivateKeyWalletSigner[" + address + (isDestroyed() ? ", destroyed]" : "]");
    }
}
