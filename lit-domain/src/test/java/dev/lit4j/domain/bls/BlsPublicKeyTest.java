package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlsPublicKeyTest {
    private static final String DATIL_ROOT =
            "a6f7c284ac766db1b43f8c65d8ff15c7271a05b0863b5205d96459fd32aa353e9390ce0626560fb76720c1a5c8ca6902";
    private static final String NOT_ON_CURVE = "80" + "00".repeat(46) + "01";
    private static final String OUTSIDE_SUBGROUP = "80" + "00".repeat(46) + "04";
    private static final String IDENTITY = "c0" + "00".repeat(47);

    @Test
    void parsesTheDatilRootKeyAndRoundTrips() {
        BlsPublicKey key = BlsPublicKey.parse("blsRootPubkey", DATIL_ROOT);
        assertEquals(DATIL_ROOT, key.hex());
        assertEquals(DATIL_ROOT, key.toString());
        assertArrayEquals(Hex.decode("x", DATIL_ROOT), key.toBytes());
        assertEquals(key, BlsPublicKey.fromBytes("blsRootPubkey", key.toBytes()));
    }

    @Test
    void acceptsUpperCaseAndStoresLowerCase() {
        BlsPublicKey key = BlsPublicKey.parse("blsRootPubkey", DATIL_ROOT.toUpperCase(Locale.ROOT));
        assertEquals(DATIL_ROOT, key.hex());
        assertEquals(BlsPublicKey.parse("k", DATIL_ROOT), key);
        assertEquals(BlsPublicKey.parse("k", DATIL_ROOT).hashCode(), key.hashCode());
    }

    @Test
    void differentKeysAreNotEqual() {
        BlsPublicKey wasm = BlsPublicKey.parse("k", BlsVectors.wasm().publicKeyHex());
        assertNotEquals(BlsPublicKey.parse("k", DATIL_ROOT), wasm);
    }

    @Test
    void toBytesIsACopy() {
        BlsPublicKey key = BlsPublicKey.parse("k", DATIL_ROOT);
        key.toBytes()[0] ^= 1;
        assertEquals(DATIL_ROOT, Hex.encode(key.toBytes()));
    }

    @Test
    void rejects0xPrefix() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", "0x" + DATIL_ROOT));
        assertEquals("blsRootPubkey", e.field());
        assertEquals("blsRootPubkey: hex must not start with 0x, got \"0xa6f7c284ac766db1b4…\"", e.getMessage());
    }

    @Test
    void rejectsNonHex() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", "zz" + DATIL_ROOT.substring(2)));
        assertEquals("blsRootPubkey: not a hex digit 'z' at position 0", e.getMessage());
    }

    @Test
    void rejectsWrongLength() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", DATIL_ROOT + "00"));
        assertEquals("blsRootPubkey: expected 48 bytes (96 hex characters), got 49 bytes", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsPublicKey.fromBytes("pk", new byte[96]));
        assertEquals("pk: expected 48 bytes (96 hex characters), got 96 bytes", e.getMessage());
    }

    @Test
    void rejectsNull() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("pk", null));
        assertEquals("pk: is missing", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsPublicKey.fromBytes("pk", null));
        assertEquals("pk: is missing", e.getMessage());
    }

    @Test
    void rejectsAnUncompressedFlag() {
        String uncompressedFlag = "06" + DATIL_ROOT.substring(2);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", uncompressedFlag));
        assertEquals(
                "blsRootPubkey: \"" + uncompressedFlag + "\" is not a compressed BLS12-381 G1 point"
                        + " (bad point encoding)",
                e.getMessage());
    }

    @Test
    void rejectsAPointNotOnTheCurve() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", NOT_ON_CURVE));
        assertEquals(
                "blsRootPubkey: \"" + NOT_ON_CURVE + "\" is not a compressed BLS12-381 G1 point"
                        + " (point is not on curve)",
                e.getMessage());
    }

    @Test
    void rejectsAPointOutsideTheSubgroup() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", OUTSIDE_SUBGROUP));
        assertEquals(
                "blsRootPubkey: \"" + OUTSIDE_SUBGROUP + "\" is on the curve but not in the G1 prime-order"
                        + " subgroup",
                e.getMessage());
    }

    @Test
    void rejectsTheIdentity() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPublicKey.parse("blsRootPubkey", IDENTITY));
        assertEquals(
                "blsRootPubkey: \"" + IDENTITY + "\" is the identity (point at infinity), which is never a"
                        + " valid public key",
                e.getMessage());
    }
}
