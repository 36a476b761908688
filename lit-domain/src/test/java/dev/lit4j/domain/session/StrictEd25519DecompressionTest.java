package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

class StrictEd25519DecompressionTest {

    @Test
    void aGeneratedKeyIsACurvePoint() {
        assertTrue(SessionKeyPair.fromSeed(new byte[32]).publicKey().isCurvePoint());
        assertTrue(SessionKeyPair.generate().publicKey().isCurvePoint());
    }

    @Test
    void yTwoIsNotOnTheCurve() {
        // (4 − 1) / (4d + 1) is not a square mod p (checked independently with Python integers)
        assertFalse(new SessionPublicKey("02" + "00".repeat(31)).isCurvePoint());
        assertFalse(new SessionPublicKey("07" + "00".repeat(31)).isCurvePoint());
        assertTrue(new SessionPublicKey("03" + "00".repeat(31)).isCurvePoint());
    }

    @Test
    void smallOrderPointsDecompressLikeDalekDoes() {
        // y = 1 (the identity) and y = 0 (order 4) are points; verify_strict refuses them later
        assertTrue(new SessionPublicKey("01" + "00".repeat(31)).isCurvePoint());
        assertTrue(new SessionPublicKey("00".repeat(32)).isCurvePoint());
        // the sign bit of x does not matter, even for x = 0
        assertTrue(new SessionPublicKey("01" + "00".repeat(30) + "80").isCurvePoint());
    }

    @Test
    void agreesWithBouncyCastleOnRandomEncodings() {
        Random random = new Random(7);
        int points = 0;
        for (int i = 0; i < 400; i++) {
            byte[] encoding = new byte[32];
            random.nextBytes(encoding);
            // BouncyCastle's partial check also refuses y ≥ p, which 255 random bits almost never give
            boolean expected = Ed25519.validatePublicKeyPartial(encoding, 0);
            assertEquals(expected, StrictEd25519.decompresses(encoding), Hex.encode(encoding));
            points += expected ? 1 : 0;
        }
        assertTrue(points > 150 && points < 250, "about half are points, got " + points);
    }

    @Test
    void verifiesWithAKeyAndSignatureReadElsewhere() {
        SessionKeyPair key = SessionKeyPair.fromSeed(new byte[32]);
        byte[] signature = key.sign("hello".getBytes(StandardCharsets.UTF_8));
        SessionSig.verifySignature("sig", key.publicKey(), "hello", signature);
        assertThrows(
                InvalidSignatureException.class,
                () -> SessionSig.verifySignature("sig", key.publicKey(), "hello!", signature));
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SessionSig.verifySignature("sig", key.publicKey(), "hello", new byte[63]));
        assertEquals("sig: expected 64 bytes (R‖S), got 63", e.getMessage());
    }
}
