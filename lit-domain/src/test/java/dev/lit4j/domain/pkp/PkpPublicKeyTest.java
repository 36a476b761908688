package dev.lit4j.domain.pkp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PkpPublicKeyTest {
    // the secp256k1 generator point, the example PKP key of client spec §7.3
    private static final String G = "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
            + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

    @Test
    void derivesTheAddressAndTokenIdOfTheGeneratorKey() {
        PkpPublicKey key = PkpPublicKey.parse("pkpPublicKey", "0x" + G);
        assertEquals(EthAddress.parseChecksummed("a", "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"), key.ethAddress());
        // keccak256 of the 65 bytes, computed with an independent Keccak
        assertEquals("393a75c54f3552ba0c8900297d6e99bb8abf8cc013bb0e912d0b176596fe7b88", key.tokenId());
    }

    @Test
    void acceptsAnyCaseWithOrWithout0xAndHoldsLowercaseWithout() {
        PkpPublicKey key = new PkpPublicKey(G);
        assertEquals(key, PkpPublicKey.parse("pkpPublicKey", G));
        assertEquals(key, PkpPublicKey.parse("pkpPublicKey", "0X" + G.toUpperCase(Locale.ROOT)));
        assertEquals(G, key.hex());
        assertEquals("0x" + G, key.hex0x());
        assertEquals(G, key.toString());
        assertArrayEquals(Hex.decode("g", G), key.bytes());
    }

    @Test
    void refusesACompressedKey() {
        String compressed = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> PkpPublicKey.parse("pkpPublicKey", compressed));
        assertEquals(
                "pkpPublicKey: is a compressed key (33 bytes starting 02); a PKP public key must be"
                        + " uncompressed: 65 bytes starting 04",
                e.getMessage());
    }

    @Test
    void refusesAWrongLengthOrPrefix() {
        InvalidInputException bare =
                assertThrows(InvalidInputException.class, () -> PkpPublicKey.parse("pkpPublicKey", G.substring(2)));
        assertEquals(
                "pkpPublicKey: expected an uncompressed secp256k1 key: 65 bytes (130 hex digits) starting 04,"
                        + " got 64 bytes starting 79",
                bare.getMessage());
        InvalidInputException prefix = assertThrows(
                InvalidInputException.class, () -> PkpPublicKey.parse("pkpPublicKey", "05" + G.substring(2)));
        assertEquals(
                "pkpPublicKey: expected an uncompressed secp256k1 key: 65 bytes (130 hex digits) starting 04,"
                        + " got 65 bytes starting 05",
                prefix.getMessage());
        InvalidInputException empty =
                assertThrows(InvalidInputException.class, () -> PkpPublicKey.parse("pkpPublicKey", "0x"));
        assertEquals(
                "pkpPublicKey: expected an uncompressed secp256k1 key: 65 bytes (130 hex digits) starting 04,"
                        + " got 0 bytes",
                empty.getMessage());
    }

    @Test
    void refusesAPointNotOnTheCurve() {
        String offCurve = G.substring(0, 128) + "b9";
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> PkpPublicKey.parse("pkpPublicKey", offCurve));
        assertEquals("pkpPublicKey: is not a point on secp256k1: 0x" + offCurve, e.getMessage());
    }

    @Test
    void refusesNonHexAndANonCanonicalRecord() {
        InvalidInputException notHex = assertThrows(
                InvalidInputException.class, () -> PkpPublicKey.parse("pkp", "0x" + G.substring(0, 128) + "zz"));
        assertEquals("pkp: not a hex digit 'z' at position 130", notHex.getMessage());
        InvalidInputException upper =
                assertThrows(InvalidInputException.class, () -> new PkpPublicKey(G.toUpperCase(Locale.ROOT)));
        assertEquals(
                "pkpPublicKey: must be lowercase hex, got \"" + G.toUpperCase(Locale.ROOT) + "\"", upper.getMessage());
        InvalidInputException prefixed = assertThrows(InvalidInputException.class, () -> new PkpPublicKey("0x" + G));
        assertEquals("pkpPublicKey", prefixed.field());
        assertThrows(InvalidInputException.class, () -> new PkpPublicKey(null));
    }
}
