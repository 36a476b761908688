package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECField;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * A {@link WalletSigner} over a secp256k1 key of any {@code java.security} provider: a software
 * provider such as BouncyCastle, an HSM vendor's JCA provider, or SunPKCS11 with a key from its
 * {@code KeyStore}. The key never leaves the provider: each digest is signed with
 * {@value #ALGORITHM} (the digest as it is, no hashing), and the DER signature is handed to the domain
 * as {@link EcdsaSignature#fromDer}.
 *
 * <p>The address comes from the public key, which must be the private key's other half; a mismatch is
 * caught before anything is sent, when the domain checks that each signature recovers to the address.
 *
 * <p>Thread-safe when the provider's keys may be used from several {@link Signature} objects at once,
 * as JCA providers allow: each signature uses its own {@link Signature}.
 */
public final class JcaWalletSigner implements WalletSigner {
    /** The JCA signature algorithm used: ECDSA over the given bytes, without hashing them. */
    public static final String ALGORITHM = "NONEwithECDSA";

    private static final int COORDINATE_BYTES = 32;

    private final PrivateKey privateKey;
    private final Provider provider;
    private final EthAddress address;

    private JcaWalletSigner(PrivateKey privateKey, PublicKey publicKey, Provider provider) {
        this.privateKey = privateKey;
        this.provider = provider;
        this.address = addressOf(publicKey);
    }

    /**
     * A signer whose signatures are made by {@code provider}. The provider is named rather than left to
     * JCA on purpose: JCA would pick SunEC, which on Java 17 accepts a secp256k1 key and then fails every
     * signature ("Curve not supported").
     *
     * @param privateKey the signing key, as the provider hands it out (an HSM's key is only a handle)
     * @param publicKey its public half, e.g. from the key's certificate; it gives the address
     * @param provider the provider that holds the key
     * @throws InvalidInputException naming the argument if one is null, or {@code publicKey} if it is not
     *     an EC key on secp256k1
     */
    public static JcaWalletSigner of(PrivateKey privateKey, PublicKey publicKey, Provider provider) {
        return new JcaWalletSigner(
                InvalidInputException.requireNonNull("privateKey", privateKey),
                InvalidInputException.requireNonNull("publicKey", publicKey),
                InvalidInputException.requireNonNull("provider", provider));
    }

    @Override
    public EthAddress address() {
        return address;
    }

    /**
     * Signs {@code digest} with {@value #ALGORITHM}.
     *
     * @return {@code (r, s)} without a recovery id; {@code s} may be high
     * @throws InvalidInputException if {@code digest} is not 32 bytes
     * @throws SignerException naming the address and the provider if the provider has no
     *     {@value #ALGORITHM}, refuses the key, fails, or returns something that is not a DER signature
     */
    @Override
    public EcdsaSignature signDigest(byte[] digest) {
        byte[] message = SigningDigest.copyOf(digest);
        byte[] der;
        try {
            Signature signature = Signature.getInstance(ALGORITHM, provider);
            signature.initSign(privateKey);
            signature.update(message);
            der = signature.sign();
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SignerException(this + " could not sign: " + e, e);
        }
        try {
            return EcdsaSignature.fromDer(der);
        } catch (InvalidInputException e) {
            throw new SignerException(this + " returned a signature that is not DER ECDSA: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "JcaWalletSigner[" + address + ", provider " + provider.getName() + "]";
    }

    private static EthAddress addressOf(PublicKey publicKey) {
        if (!(publicKey instanceof ECPublicKey ecKey)) {
            throw new InvalidInputException(
                    "publicKey",
                    "must be an EC public key on secp256k1, got a " + publicKey.getAlgorithm() + " key ("
                            + publicKey.getClass().getName() + ")");
        }
        requireSecp256k1(ecKey.getParams());
        ECPoint point = ecKey.getW();
        byte[] xy = new byte[2 * COORDINATE_BYTES];
        System.arraycopy(Numeric.toBytesPadded(point.getAffineX(), COORDINATE_BYTES), 0, xy, 0, COORDINATE_BYTES);
        System.arraycopy(
                Numeric.toBytesPadded(point.getAffineY(), COORDINATE_BYTES), 0, xy, COORDINATE_BYTES, COORDINATE_BYTES);
        return EthAddress.ofPublicKey(xy);
    }

    private static void requireSecp256k1(ECParameterSpec params) {
        X9ECParameters secp256k1 = Sign.CURVE_PARAMS;
        ECField field = params.getCurve().getField();
        boolean same = field instanceof ECFieldFp prime
                && prime.getP().equals(secp256k1.getCurve().getField().getCharacteristic())
                && params.getCurve().getA().equals(secp256k1.getCurve().getA().toBigInteger())
                && params.getCurve().getB().equals(secp256k1.getCurve().getB().toBigInteger())
                && params.getOrder().equals(secp256k1.getN())
                && params.getGenerator()
                        .getAffineX()
                        .equals(secp256k1.getG().getAffineXCoord().toBigInteger())
                && params.getGenerator()
                        .getAffineY()
                        .equals(secp256k1.getG().getAffineYCoord().toBigInteger());
        if (!same) {
            throw new InvalidInputException(
                    "publicKey",
                    "must be on secp256k1, the curve of Ethereum accounts; got"
                            + " a key on another " + field.getFieldSize() + "-bit curve (order 0x"
                            + params.getOrder().toString(16) + ")");
        }
    }
}
