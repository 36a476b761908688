package dev.lit4j.testkit.fakes;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * A {@link WalletSigner} over a key held in memory, for tests: signs deterministically (RFC 6979),
 * returns r and s without a recovery id (as an HSM does), counts its signatures, and fails on demand.
 * The key is never shown by {@link #toString()}.
 */
public final class FakeWalletSigner implements WalletSigner {
    /** Hardhat's first development key: a well-known test key, never for real funds. */
    public static final String HARDHAT_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private final ECKeyPair key;
    private final EthAddress address;
    private final AtomicInteger signatures = new AtomicInteger();
    private final AtomicReference<SignerException> failure = new AtomicReference<>();

    private FakeWalletSigner(ECKeyPair key) {
        this.key = key;
        this.address = EthAddress.parseAnyCase("address", "0x" + Keys.getAddress(key));
    }

    /** The signer of the private key {@code privateKeyHex} (with or without 0x). */
    public static FakeWalletSigner ofPrivateKey(String privateKeyHex) {
        InvalidInputException.requireNonNull("privateKey", privateKeyHex);
        return new FakeWalletSigner(Credentials.create(privateKeyHex).getEcKeyPair());
    }

    /** A signer with a fresh random key. */
    public static FakeWalletSigner random() {
        try {
            return new FakeWalletSigner(Keys.createEcKeyPair());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("no secp256k1 key generator available", e);
        }
    }

    @Override
    public EthAddress address() {
        return address;
    }

    @Override
    public EcdsaSignature signDigest(byte[] digest) {
        SignerException exception = failure.get();
        if (exception != null) {
            throw exception;
        }
        signatures.incrementAndGet();
        ECDSASignature signature = key.sign(digest);
        return EcdsaSignature.of(signature.r, signature.s);
    }

    /** Every signature throws {@code exception} until {@code failWith(null)}. */
    public void failWith(SignerException exception) {
        failure.set(exception);
    }

    /** How many digests were signed. */
    public int signatures() {
        return signatures.get();
    }

    @Override
    public String toString() {
        return "FakeWalletSigner[" + address + "]";
    }
}
