package dev.lit4j.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalMessageSignerTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final String DELEGATION = "siwe-recap-js.json";
    private static final String HARDHAT_0 = Vectors.string(FLOW, "wallet", "privateKey");
    private static final String HARDHAT_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final EthAddress WALLET =
            EthAddress.parseChecksummed("a", Vectors.string(FLOW, "wallet", "address"));

    @ParameterizedTest
    @EnumSource(KeyWalletSigner.Shape.class)
    void signsTheEoaAuthSigMessageExactlyAsEthers(KeyWalletSigner.Shape shape) {
        PersonalMessageSigner signer = new PersonalMessageSigner(new KeyWalletSigner(HARDHAT_0, shape));
        assertEquals(WALLET, signer.address());
        assertEquals(
                Vectors.string(FLOW, "eoaAuthSig", "sig"),
                signer.sign(Vectors.string(FLOW, "eoaAuthSig", "signedMessage")));
    }

    @ParameterizedTest
    @EnumSource(KeyWalletSigner.Shape.class)
    void signsTheCapacityDelegationMessageExactlyAsTheJsSdk(KeyWalletSigner.Shape shape) {
        PersonalMessageSigner signer = new PersonalMessageSigner(new KeyWalletSigner(HARDHAT_0, shape));
        assertEquals(
                Vectors.string(DELEGATION, "capacityDelegation", "authSig", "sig"),
                signer.sign(Vectors.string(DELEGATION, "capacityDelegation", "authSig", "signedMessage")));
    }

    @Test
    void itsSignaturesPassTheNodeStrictCheck() {
        PersonalMessageSigner signer =
                new PersonalMessageSigner(new KeyWalletSigner(HARDHAT_0, KeyWalletSigner.Shape.DER_HIGH_S));
        String message = "any text, even with ünïcode and\nnew lines";
        PersonalSignatureVerifier.verify("sig", message, signer.sign(message), WALLET);
    }

    @Test
    void refusesASignerWhoseKeyIsNotItsAddress() {
        KeyWalletSigner otherKey = new KeyWalletSigner(HARDHAT_1, KeyWalletSigner.Shape.WITHOUT_RECOVERY_ID);
        PersonalMessageSigner signer = new PersonalMessageSigner(claiming(WALLET, otherKey::signDigest));
        SignerException e = assertThrows(SignerException.class, () -> signer.sign("hello"));
        assertEquals(
                "wallet signer " + WALLET + " returned a signature that does not recover to its address;"
                        + " it signs with another key, or hashes the digest again",
                e.getMessage());
    }

    @Test
    void refusesAWrongRecoveryId() {
        KeyWalletSigner key = new KeyWalletSigner(HARDHAT_0, KeyWalletSigner.Shape.WITH_RECOVERY_ID);
        PersonalMessageSigner signer = new PersonalMessageSigner(claiming(WALLET, digest -> {
            EcdsaSignature right = key.signDigest(digest);
            return EcdsaSignature.of(right.r(), right.s(), right.recoveryId().getAsInt() ^ 1);
        }));
        assertThrows(SignerException.class, () -> signer.sign("hello"));
    }

    @Test
    void reportsASignerThatReturnsNothing() {
        PersonalMessageSigner signer = new PersonalMessageSigner(claiming(WALLET, digest -> null));
        SignerException e = assertThrows(SignerException.class, () -> signer.sign("hello"));
        assertEquals("wallet signer " + WALLET + " returned no signature", e.getMessage());
    }

    @Test
    void passesOnASignerException() {
        SignerException failure = new SignerException("HSM slot 0 is locked");
        PersonalMessageSigner signer = new PersonalMessageSigner(claiming(WALLET, digest -> {
            throw failure;
        }));
        assertSame(failure, assertThrows(SignerException.class, () -> signer.sign("hello")));
    }

    @Test
    void wrapsAnyOtherFailureOfTheSigner() {
        IllegalStateException failure = new IllegalStateException("token removed");
        PersonalMessageSigner signer = new PersonalMessageSigner(claiming(WALLET, digest -> {
            throw failure;
        }));
        SignerException e = assertThrows(SignerException.class, () -> signer.sign("hello"));
        assertEquals(
                "wallet signer " + WALLET + " failed: java.lang.IllegalStateException: token removed", e.getMessage());
        assertSame(failure, e.getCause());
    }

    @Test
    void aSignerThatOverwritesTheDigestCannotCorruptTheCheck() {
        KeyWalletSigner key = new KeyWalletSigner(HARDHAT_0, KeyWalletSigner.Shape.WITHOUT_RECOVERY_ID);
        PersonalMessageSigner signer = new PersonalMessageSigner(claiming(WALLET, digest -> {
            EcdsaSignature signature = key.signDigest(digest);
            Arrays.fill(digest, (byte) 0);
            return signature;
        }));
        String message = Vectors.string(FLOW, "eoaAuthSig", "signedMessage");
        assertEquals(Vectors.string(FLOW, "eoaAuthSig", "sig"), signer.sign(message));
        assertFalse(signer.sign("other").equals(signer.sign(message)));
    }

    private static WalletSigner claiming(EthAddress address, Function<byte[], EcdsaSignature> sign) {
        return new WalletSigner() {
            @Override
            public EthAddress address() {
                return address;
            }

            @Override
            public EcdsaSignature signDigest(byte[] digest) {
                return sign.apply(digest);
            }
        };
    }
}
