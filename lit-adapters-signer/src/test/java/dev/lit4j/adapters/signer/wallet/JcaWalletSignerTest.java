package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import dev.lit4j.testkit.signer.WalletSignerContract;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.SignatureSpi;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/** The JCA signer over BouncyCastle, the provider that has secp256k1 on Java 17. */
class JcaWalletSignerTest extends WalletSignerContract {
    private static final Provider BC = new BouncyCastleProvider();
    private static final KeyPair KEYS = generate("secp256k1", BC);
    private static final JcaWalletSigner SIGNER = JcaWalletSigner.of(KEYS.getPrivate(), KEYS.getPublic(), BC);

    @Override
    protected WalletSigner signer() {
        return SIGNER;
    }

    @Override
    protected Optional<WalletSigner> failingSigner() {
        // SunEC takes a secp256k1 key and then refuses to sign with it: the trap of letting JCA choose
        return Optional.of(JcaWalletSigner.of(KEYS.getPrivate(), KEYS.getPublic(), Security.getProvider("SunEC")));
    }

    @Test
    void theAddressComesFromThePublicKey() throws Exception {
        String hardhatKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
        BigInteger[] point =
                publicPoint(Credentials.create(hardhatKey0).getEcKeyPair().getPublicKey());
        ECParameterSpec secp256k1 = secp256k1();
        KeyFactory factory = KeyFactory.getInstance("EC", BC);
        PrivateKey privateKey =
                factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(hardhatKey0, 16), secp256k1));
        PublicKey publicKey = factory.generatePublic(new ECPublicKeySpec(new ECPoint(point[0], point[1]), secp256k1));

        JcaWalletSigner signer = JcaWalletSigner.of(privateKey, publicKey, BC);

        assertEquals(FlowVector.get("wallet", "address"), signer.address().checksummed());
        String message = FlowVector.get("eoaAuthSig", "signedMessage");
        PersonalSignatureVerifier.verify(
                "sig", message, new PersonalMessageSigner(signer).sign(message), signer.address());
    }

    @Test
    void itReturnsDerSignaturesWithoutRecoveryId() {
        byte[] digest = Eip191.hash("der");
        EcdsaSignature raw = SIGNER.signDigest(digest);
        assertTrue(raw.recoveryId().isEmpty());
        assertTrue(raw.normalizedFor(digest, SIGNER.address()).isPresent());
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() {
        KeyPair p256 = generate("secp256r1", Security.getProvider("SunEC"));
        InvalidInputException error = assertThrows(
                InvalidInputException.class,
                () -> JcaWalletSigner.of(p256.getPrivate(), p256.getPublic(), Security.getProvider("SunEC")));
        assertEquals("publicKey", error.field());
        assertTrue(
                error.getMessage()
                        .endsWith(
                                "must be on secp256k1, the curve of Ethereum accounts; got a key on"
                                        + " another 256-bit curve (order 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551)"),
                error.getMessage());
    }

    @Test
    void aKeyThatIsNotEcIsRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyPair keys = rsa.generateKeyPair();
        InvalidInputException error = assertThrows(
                InvalidInputException.class, () -> JcaWalletSigner.of(keys.getPrivate(), keys.getPublic(), BC));
        assertEquals("publicKey", error.field());
        assertTrue(
                error.getMessage().contains("must be an EC public key on secp256k1, got a RSA key ("),
                error.getMessage());
    }

    @Test
    void nullsAreRefused() {
        assertEquals(
                "privateKey",
                assertThrows(InvalidInputException.class, () -> JcaWalletSigner.of(null, KEYS.getPublic(), BC))
                        .field());
        assertEquals(
                "publicKey",
                assertThrows(InvalidInputException.class, () -> JcaWalletSigner.of(KEYS.getPrivate(), null, BC))
                        .field());
        assertEquals(
                "provider",
                assertThrows(
                                InvalidInputException.class,
                                () -> JcaWalletSigner.of(KEYS.getPrivate(), KEYS.getPublic(), null))
                        .field());
    }

    @Test
    void aProviderWithoutTheAlgorithmIsNamed() {
        JcaWalletSigner signer = JcaWalletSigner.of(KEYS.getPrivate(), KEYS.getPublic(), Security.getProvider("SUN"));
        SignerException error = assertThrows(SignerException.class, () -> signer.signDigest(Eip191.hash("x")));
        assertEquals(
                "JcaWalletSigner[" + SIGNER.address() + ", provider SUN] could not sign:"
                        + " java.security.NoSuchAlgorithmException: no such algorithm: NONEwithECDSA for provider SUN",
                error.getMessage());
    }

    @Test
    void aProviderThatReturnsNoDerIsCaught() {
        JcaWalletSigner signer = JcaWalletSigner.of(KEYS.getPrivate(), KEYS.getPublic(), new GarbageProvider());
        SignerException error = assertThrows(SignerException.class, () -> signer.signDigest(Eip191.hash("x")));
        assertEquals(
                "JcaWalletSigner[" + SIGNER.address() + ", provider Garbage] returned a signature that is not DER"
                        + " ECDSA: signature: expected a DER ECDSA signature (SEQUENCE of the INTEGERs r and s), got 3 bytes"
                        + " that are not one",
                error.getMessage());
    }

    @Test
    void itRefusesADigestThatIsNot32Bytes() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> SIGNER.signDigest(new byte[0]));
        assertEquals("digest", error.field());
    }

    @Test
    void itsToStringNamesTheAccountAndProvider() {
        assertEquals("JcaWalletSigner[" + SIGNER.address() + ", provider BC]", SIGNER.toString());
    }

    private static KeyPair generate(String curve, Provider provider) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECParameterSpec secp256k1() throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", BC);
        parameters.init(new ECGenParameterSpec("secp256k1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    private static BigInteger[] publicPoint(BigInteger web3jPublicKey) {
        BigInteger mask = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        return new BigInteger[] {web3jPublicKey.shiftRight(256), web3jPublicKey.and(mask)};
    }

    /** A provider whose NONEwithECDSA returns three bytes that are no signature. */
    private static final class GarbageProvider extends Provider {
        private static final long serialVersionUID = 1L;

        GarbageProvider() {
            super("Garbage", "1", "returns no DER");
            put("Signature." + JcaWalletSigner.ALGORITHM, GarbageSignature.class.getName());
        }
    }

    /** See {@link GarbageProvider}. */
    public static final class GarbageSignature extends SignatureSpi {
        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {}

        @Override
        protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {}

        @Override
        protected void engineUpdate(byte b) {}

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {}

        @Override
        protected byte[] engineSign() {
            return new byte[] {1, 2, 3};
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) {
            return false;
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String param, Object value) {}

        @Override
        @Deprecated
        protected Object engineGetParameter(String param) {
            return null;
        }
    }
}
