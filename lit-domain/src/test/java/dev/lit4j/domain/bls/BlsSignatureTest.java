package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlsSignatureTest {
    private static final String COMBINED = BlsVectors.DATIL_COMBINED;
    private static final String NOT_ON_CURVE = "80" + "00".repeat(94) + "01";
    private static final String OUTSIDE_SUBGROUP = "80" + "00".repeat(94) + "02";
    private static final String IDENTITY = "c0" + "00".repeat(95);

    @Test
    void parsesAndRoundTrips() {
        BlsSignature sig = BlsSignature.parse("sig", COMBINED);
        assertEquals(COMBINED, sig.hex());
        assertEquals(COMBINED, sig.toString());
        assertArrayEquals(Hex.decode("x", COMBINED), sig.toBytes());
        assertEquals(sig, BlsSignature.fromBytes("sig", sig.toBytes()));
        assertEquals(sig, BlsSignature.parse("sig", COMBINED.toUpperCase(Locale.ROOT)));
        assertEquals(
                sig.hashCode(),
                BlsSignature.parse("sig", COMBINED.toUpperCase(Locale.ROOT)).hashCode());
        assertNotEquals(sig, BlsSignature.parse("sig", BlsVectors.wasm().signatureHex()));
    }

    @Test
    void readsAndWritesTheProofOfPossessionJson() {
        String json = "{\"ProofOfPossession\":\"" + COMBINED + "\"}";
        BlsSignature sig = BlsSignature.fromProofOfPossessionJson("authSig.sig", json);
        assertEquals(COMBINED, sig.hex());
        assertEquals(json, sig.toProofOfPossessionJson());
        assertEquals(
                sig,
                BlsSignature.fromProofOfPossessionJson(
                        "authSig.sig", " { \"ProofOfPossession\" : \"" + COMBINED + "\" } "));
    }

    @Test
    void rejectsWrongLength() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", COMBINED.substring(2)));
        assertEquals("sig: expected 96 bytes (192 hex characters), got 95 bytes", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsSignature.fromBytes("sig", new byte[48]));
        assertEquals("sig: expected 96 bytes (192 hex characters), got 48 bytes", e.getMessage());
    }

    @Test
    void rejectsOddHexAnd0x() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", COMBINED.substring(1)));
        assertEquals("sig: hex must have an even number of digits, got 191", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", "0x" + COMBINED));
        assertEquals("sig", e.field());
        assertTrue(e.getMessage().startsWith("sig: hex must not start with 0x"), e.getMessage());
    }

    @Test
    void rejectsAPointNotOnTheCurve() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", NOT_ON_CURVE));
        assertEquals(
                "sig: \"" + NOT_ON_CURVE + "\" is not a compressed BLS12-381 G2 point (point is not on curve)",
                e.getMessage());
    }

    @Test
    void rejectsABadEncoding() {
        String allZero = "00".repeat(96);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", allZero));
        assertEquals(
                "sig: \"" + allZero + "\" is not a compressed BLS12-381 G2 point (bad point encoding)", e.getMessage());
    }

    @Test
    void rejectsAPointOutsideTheSubgroup() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", OUTSIDE_SUBGROUP));
        assertEquals(
                "sig: \"" + OUTSIDE_SUBGROUP + "\" is on the curve but not in the G2 prime-order subgroup",
                e.getMessage());
    }

    @Test
    void rejectsTheIdentity() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BlsSignature.parse("sig", IDENTITY));
        assertEquals(
                "sig: \"" + IDENTITY + "\" is the identity (point at infinity), which is never a valid" + " signature",
                e.getMessage());
    }

    @Test
    void rejectsMalformedProofOfPossessionJson() {
        assertJsonRejected("[]", "authSig.sig: expected {\"ProofOfPossession\":\"<hex>\"}, found an array");
        assertJsonRejected("{}", "authSig.sig: expected {\"ProofOfPossession\":\"<hex>\"}, found an empty object");
        assertJsonRejected(
                "{\"Basic\":\"" + COMBINED + "\"}",
                "authSig.sig: unsupported BLS scheme \"Basic\"; only ProofOfPossession is accepted");
        assertJsonRejected(
                "{\"ProofOfPossession\":7}",
                "authSig.sig.ProofOfPossession: expected a hex string (the Datil form), found a number");
        assertJsonRejected(
                "{\"ProofOfPossession\":\"" + COMBINED + "\",\"x\":1}",
                "authSig.sig: unexpected key \"x\" after ProofOfPossession; the object must have exactly one key");
        assertJsonRejected(
                "{\"ProofOfPossession\":\"" + COMBINED + "\"}{}",
                "authSig.sig: unexpected content after the ProofOfPossession object");
        assertJsonRejected(
                "{\"ProofOfPossession\":\"" + COMBINED.substring(2) + "\"}",
                "authSig.sig.ProofOfPossession: expected 96 bytes (192 hex characters), got 95 bytes");
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> BlsSignature.fromProofOfPossessionJson("authSig.sig", "{\"ProofOfPossession\":"));
        assertTrue(e.getMessage().startsWith("authSig.sig: not valid JSON: "), e.getMessage());
        e = assertThrows(
                InvalidInputException.class, () -> BlsSignature.fromProofOfPossessionJson("authSig.sig", null));
        assertEquals("authSig.sig: is missing", e.getMessage());
    }

    private static void assertJsonRejected(String json, String message) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> BlsSignature.fromProofOfPossessionJson("authSig.sig", json));
        assertEquals(message, e.getMessage());
    }
}
