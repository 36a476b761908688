package dev.lit4j.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.ethereum.internal.Eip191;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

class PersonalSignatureVerifierTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final String SIG = Vectors.string(FLOW, "eoaAuthSig", "sig");
    private static final String MESSAGE = Vectors.string(FLOW, "eoaAuthSig", "signedMessage");
    private static final EthAddress WALLET =
            EthAddress.parseChecksummed("a", Vectors.string(FLOW, "wallet", "address"));
    private static final EthAddress OTHER =
            EthAddress.parseChecksummed("a", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    @Test
    void acceptsTheVectorSignatures() {
        PersonalSignatureVerifier.verify("authSig.sig", MESSAGE, SIG, WALLET);
        PersonalSignatureVerifier.verify("authSig.sig", MESSAGE, SIG.substring(2), WALLET);
        String delegation = "siwe-recap-js.json";
        PersonalSignatureVerifier.verify(
                "authSig.sig",
                Vectors.string(delegation, "capacityDelegation", "authSig", "signedMessage"),
                Vectors.string(delegation, "capacityDelegation", "authSig", "sig"),
                WALLET);
    }

    @Test
    void refusesAnotherSigner() {
        InvalidSignatureException e = assertThrows(
                InvalidSignatureException.class,
                () -> PersonalSignatureVerifier.verify("authSig.sig", MESSAGE, SIG, OTHER));
        assertEquals("authSig.sig", e.field());
        assertEquals(
                "authSig.sig: recovers to " + WALLET + ", not to the expected signer " + OTHER
                        + " (another key signed, or the message differs from what was signed)",
                e.getMessage());
    }

    @Test
    void refusesAnAlteredMessage() {
        InvalidSignatureException e = assertThrows(
                InvalidSignatureException.class,
                () -> PersonalSignatureVerifier.verify("authSig.sig", MESSAGE + "\n", SIG, WALLET));
        assertTrue(e.getMessage().contains("not to the expected signer " + WALLET));
    }

    @Test
    void refusesHighS() {
        BigInteger n = Sign.CURVE_PARAMS.getN();
        BigInteger s = new BigInteger(SIG.substring(66, 130), 16);
        // the same signature in its high-s form: still the same key, but nodes refuse it
        String highS = SIG.substring(0, 66) + String.format("%064x", n.subtract(s)) + "1c";
        assertEquals(WALLET, EcdsaSignature.parseRsvHex("sig", highS).recoverAddress(Eip191.hash(MESSAGE)));
        InvalidSignatureException e = assertThrows(
                InvalidSignatureException.class,
                () -> PersonalSignatureVerifier.verify("authSig.sig", MESSAGE, highS, WALLET));
        assertEquals(
                "authSig.sig: s is in the upper half of the group order (high-s); Lit nodes refuse it."
                        + " Use the low-s form: s' = n − s, with v flipped between 27 and 28",
                e.getMessage());
    }

    @Test
    void refusesAWrongLengthAndABadV() {
        InvalidInputException length = assertThrows(
                InvalidInputException.class,
                () -> PersonalSignatureVerifier.verify("authSig.sig", MESSAGE, SIG.substring(0, 130), WALLET));
        assertEquals("authSig.sig: expected 65 bytes (130 hex characters), got 64 bytes", length.getMessage());
        InvalidInputException v = assertThrows(
                InvalidInputException.class,
                () -> PersonalSignatureVerifier.verify("authSig.sig", MESSAGE, SIG.substring(0, 130) + "1d", WALLET));
        assertEquals("authSig.sig: v (the last byte) must be 0, 1, 27 or 28, got 29", v.getMessage());
    }

    @Test
    void refusesASignatureFromWhichNoKeyRecovers() {
        String noPoint = "0x" + String.format("%064x", 5) + SIG.substring(66);
        InvalidSignatureException e = assertThrows(
                InvalidSignatureException.class,
                () -> PersonalSignatureVerifier.recoverSigner("authSig.sig", MESSAGE, noPoint));
        assertEquals(
                "authSig.sig: no public key recovers from it; r is not the x-coordinate of a secp256k1 point",
                e.getMessage());
    }
}
