package dev.lit4j.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.internal.Eip191;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

class EcdsaSignatureTest {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final String FLOW = "session-sig-flow.json";
    private static final String SIG = Vectors.string(FLOW, "eoaAuthSig", "sig");
    private static final String MESSAGE = Vectors.string(FLOW, "eoaAuthSig", "signedMessage");
    private static final EthAddress WALLET =
            EthAddress.parseChecksummed("a", Vectors.string(FLOW, "wallet", "address"));
    private static final byte[] DIGEST = Eip191.hash(MESSAGE);

    private static final BigInteger R = new BigInteger(SIG.substring(2, 66), 16);
    private static final BigInteger S = new BigInteger(SIG.substring(66, 130), 16);

    @Test
    void readsAndWritesTheJsRsvForm() {
        EcdsaSignature sig = EcdsaSignature.parseRsvHex("authSig.sig", SIG);
        assertEquals(R, sig.r());
        assertEquals(S, sig.s());
        assertEquals(OptionalInt.of(0), sig.recoveryId()); // v = 0x1b = 27
        assertEquals(SIG, sig.toRsvHex());
        assertEquals(sig, EcdsaSignature.parseRsvHex("authSig.sig", SIG.substring(2)));
    }

    @Test
    void readsVAsZeroOrOneAndWritesItAs27Or28() {
        String body = SIG.substring(2, 130);
        assertEquals(SIG, EcdsaSignature.parseRsvHex("sig", body + "00").toRsvHex());
        assertEquals(
                OptionalInt.of(1),
                EcdsaSignature.parseRsvHex("sig", body + "01").recoveryId());
        assertEquals(
                OptionalInt.of(1),
                EcdsaSignature.parseRsvHex("sig", body + "1c").recoveryId());
        assertTrue(EcdsaSignature.parseRsvHex("sig", body + "1c").toRsvHex().endsWith("1c"));
    }

    @Test
    void refusesAnRsvOfTheWrongLength() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> EcdsaSignature.parseRsvHex("authSig.sig", SIG.substring(0, 130)));
        assertEquals("authSig.sig", e.field());
        assertEquals("authSig.sig: expected 65 bytes (130 hex characters), got 64 bytes", e.getMessage());
        assertThrows(InvalidInputException.class, () -> EcdsaSignature.parseRsvHex("authSig.sig", SIG + "00"));
    }

    @Test
    void refusesABadV() {
        for (String v : new String[] {"02", "1a", "1d", "ff"}) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> EcdsaSignature.parseRsvHex("authSig.sig", SIG.substring(0, 130) + v));
            assertEquals(
                    "authSig.sig: v (the last byte) must be 0, 1, 27 or 28, got " + Integer.parseInt(v, 16),
                    e.getMessage());
        }
    }

    @Test
    void refusesNonHexAndOutOfRangeScalars() {
        InvalidInputException notHex = assertThrows(
                InvalidInputException.class,
                () -> EcdsaSignature.parseRsvHex("authSig.sig", "0x" + "zz" + SIG.substring(4)));
        assertEquals("authSig.sig: not a hex digit 'z' at position 2", notHex.getMessage());

        String zeroR = "0x" + "00".repeat(32) + SIG.substring(66);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> EcdsaSignature.parseRsvHex("authSig.sig", zeroR));
        assertEquals(
                "authSig.sig: r must be between 1 and n − 1 (n = the secp256k1 group order), got 0x0", e.getMessage());

        String bigS = SIG.substring(0, 66) + N.toString(16) + "1b";
        InvalidInputException s =
                assertThrows(InvalidInputException.class, () -> EcdsaSignature.parseRsvHex("authSig.sig", bigS));
        assertEquals(
                "authSig.sig: s must be between 1 and n − 1 (n = the secp256k1 group order), got 0x" + N.toString(16),
                s.getMessage());
    }

    @Test
    void refusesARecoveryIdOtherThanZeroOrOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EcdsaSignature.of(R, S, 2));
        assertEquals("signature.recoveryId: must be 0 or 1, got 2", e.getMessage());
    }

    @Test
    void readsStrictDer() throws IOException {
        byte[] der = der(R, S);
        assertEquals(EcdsaSignature.of(R, S), EcdsaSignature.fromDer(der));
    }

    @Test
    void refusesWhatIsNotStrictDer() throws IOException {
        byte[] der = der(R, S);
        byte[] trailing = Arrays.copyOf(der, der.length + 1);
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(R));
        v.add(new ASN1Integer(S));
        byte[] ber = new BERSequence(v).getEncoded(ASN1Encoding.BER); // indefinite length
        v.add(new ASN1Integer(BigInteger.ONE));
        byte[] three = new DERSequence(v).getEncoded(ASN1Encoding.DER);
        byte[] notSequence = new ASN1Integer(R).getEncoded(ASN1Encoding.DER);
        byte[] nonMinimalInteger = Hex.decode("der", "3008020300000102010a");
        for (byte[] bad : new byte[][] {trailing, ber, three, notSequence, nonMinimalInteger, new byte[0]}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> EcdsaSignature.fromDer(bad));
            assertEquals(
                    "signature: expected a DER ECDSA signature (SEQUENCE of the INTEGERs r and s), got " + bad.length
                            + " bytes that are not one",
                    e.getMessage());
        }
    }

    @Test
    void refusesANegativeDerInteger() throws IOException {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> EcdsaSignature.fromDer(der(BigInteger.valueOf(-5), S)));
        assertEquals(
                "signature: r must be between 1 and n − 1 (n = the secp256k1 group order), got -0x5", e.getMessage());
    }

    @Test
    void readsCompactRs() {
        byte[] rs = Hex.decode("sig", SIG.substring(2, 130));
        assertEquals(EcdsaSignature.of(R, S), EcdsaSignature.fromCompact(rs));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> EcdsaSignature.fromCompact(new byte[65]));
        assertEquals("signature: expected 64 bytes (r‖s), got 65", e.getMessage());
    }

    @Test
    void lowSFlipsSAndTheRecoveryId() {
        EcdsaSignature low = EcdsaSignature.of(R, S, 0);
        assertTrue(low.isLowS());
        assertSame(low, low.toLowS());
        EcdsaSignature high = EcdsaSignature.of(R, N.subtract(S), 1);
        assertFalse(high.isLowS());
        assertEquals(low, high.toLowS());
        assertEquals(
                EcdsaSignature.of(R, S), EcdsaSignature.of(R, N.subtract(S)).toLowS());
    }

    @Test
    void recoversTheSignersAddress() {
        assertEquals(WALLET, EcdsaSignature.parseRsvHex("sig", SIG).recoverAddress(DIGEST));
        assertEquals(WALLET, EcdsaSignature.of(R, N.subtract(S), 1).recoverAddress(DIGEST));
        assertFalse(WALLET.equals(EcdsaSignature.of(R, S, 1).recoverAddress(DIGEST)));
    }

    @Test
    void cannotRecoverWithoutARecoveryIdOrFromAnRThatIsNoPoint() {
        InvalidInputException missing = assertThrows(
                InvalidInputException.class, () -> EcdsaSignature.of(R, S).recoverAddress(DIGEST));
        assertEquals(
                "signature.recoveryId: is unknown; normalise the signature with normalizedFor(digest,"
                        + " signer) first",
                missing.getMessage());
        assertThrows(InvalidInputException.class, () -> EcdsaSignature.of(R, S).toRsvHex());

        // x = 5 is not the x-coordinate of any secp256k1 point (5³ + 7 is not a square mod p)
        InvalidSignatureException noPoint = assertThrows(
                InvalidSignatureException.class,
                () -> EcdsaSignature.of(BigInteger.valueOf(5), S, 0).recoverAddress(DIGEST));
        assertEquals(
                "signature: no public key recovers from it; r is not the x-coordinate of a secp256k1 point",
                noPoint.getMessage());
    }

    @Test
    void refusesADigestThatIsNot32Bytes() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> EcdsaSignature.of(R, S, 0).recoverAddress(new byte[31]));
        assertEquals("digest: expected 32 bytes, got 31", e.getMessage());
        assertThrows(InvalidInputException.class, () -> EcdsaSignature.of(R, S).normalizedFor(new byte[33], WALLET));
    }

    @Test
    void normalisesAnyFormToTheOneNodesAccept() {
        EcdsaSignature expected = EcdsaSignature.parseRsvHex("sig", SIG);
        assertEquals(Optional.of(expected), EcdsaSignature.of(R, S).normalizedFor(DIGEST, WALLET));
        assertEquals(Optional.of(expected), EcdsaSignature.of(R, N.subtract(S)).normalizedFor(DIGEST, WALLET));
        assertEquals(
                Optional.of(expected), EcdsaSignature.of(R, N.subtract(S), 1).normalizedFor(DIGEST, WALLET));
        assertEquals(Optional.of(expected), expected.normalizedFor(DIGEST, WALLET));
    }

    @Test
    void normalisingFailsForAnotherSignerOrAWrongRecoveryId() {
        EthAddress other = EthAddress.parseChecksummed("a", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertEquals(Optional.empty(), EcdsaSignature.of(R, S).normalizedFor(DIGEST, other));
        assertEquals(Optional.empty(), EcdsaSignature.of(R, S, 1).normalizedFor(DIGEST, WALLET));
        assertEquals(
                Optional.empty(), EcdsaSignature.of(BigInteger.valueOf(5), S).normalizedFor(DIGEST, WALLET));
    }

    private static byte[] der(BigInteger r, BigInteger s) throws IOException {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(r));
        v.add(new ASN1Integer(s));
        return new DERSequence(v).getEncoded(ASN1Encoding.DER);
    }
}
