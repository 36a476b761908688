package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.codec.internal.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import supranational.blst.P1;
import supranational.blst.PT;

/** The time-lock scheme against {@code encryption-datil.json}: every intermediate of the fixed-randomness ciphertext. */
class BlsTimeLockTest {
    private static final JsonObject VECTOR =
            JsonParser.parseString(Vectors.text("encryption-datil.json")).getAsJsonObject();
    private static final JsonObject FIXED = VECTOR.getAsJsonObject("deterministicCiphertext");
    private static final JsonObject STEPS = FIXED.getAsJsonObject("intermediates");
    private static final BlsPublicKey KEY = BlsPublicKey.parse(
            "subnetPublicKey",
            VECTOR.getAsJsonObject("networkKey").get("subnetPublicKey").getAsString());
    private static final byte[] IDENTITY = string(VECTOR, "identityParam").getBytes(StandardCharsets.UTF_8);
    private static final byte[] PLAINTEXT = string(VECTOR, "plaintextUtf8").getBytes(StandardCharsets.UTF_8);
    // the fixed-randomness vector feeds the ASCII seed "alpha-seed" to H_Zq where encrypt draws 32 random bytes
    private static final byte[] SEED = string(FIXED, "alphaSeed").getBytes(StandardCharsets.US_ASCII);
    private static final BlsSignature SIGMA = BlsSignature.parse(
            "combinedSignature",
            VECTOR.getAsJsonObject("decrypt").get("combinedSignature").getAsString());

    private static String string(JsonObject object, String key) {
        return object.get(key).getAsString();
    }

    private static byte[] hex(JsonObject object, String key) {
        return Hex.decode(key, string(object, key));
    }

    @Test
    void alphaIsTheTimeLockHashOfTheSeedWrittenLittleEndian() {
        BigInteger alpha = BlsTimeLock.hashToScalar(SEED);
        assertEquals(string(FIXED, "alphaHex"), String.format("%064x", alpha));
        assertEquals(string(STEPS, "alphaReprLE"), Hex.encode(BlsTimeLock.alphaRepr(alpha)));
    }

    @Test
    void rIsTheTimeLockHashOfAlphaAndTheDataHash() {
        byte[] a = hex(STEPS, "alphaReprLE");
        byte[] input = Arrays.copyOf(a, 64);
        System.arraycopy(BlsTimeLock.sha256(PLAINTEXT), 0, input, 32, 32);
        assertEquals(string(STEPS, "rInputHex"), Hex.encode(input));
        BigInteger rr = BlsTimeLock.messageScalar(a, PLAINTEXT);
        assertEquals(string(STEPS, "rHexBE"), String.format("%064x", rr));
        assertEquals(string(FIXED, "rHex"), String.format("%064x", rr));
    }

    @Test
    void theIdentityPointAndTheGtBytesMatch() {
        assertEquals(
                string(STEPS, "identityPointG2"),
                Hex.encode(BlsTimeLock.hashToG2(IDENTITY).compress()));
        BigInteger rr = new BigInteger(string(STEPS, "rHexBE"), 16);
        PT k = new PT(new P1(KEY.point()).mult(rr).to_affine(), BlsTimeLock.hashToG2(IDENTITY)).final_exp();
        byte[] gt = BlsTimeLock.gtBytes(k);
        assertEquals(576, gt.length);
        assertEquals(string(STEPS, "gtBytesFirst48"), Hex.encode(Arrays.copyOf(gt, 48)));
        assertEquals(string(STEPS, "sha256GtBytes"), Hex.encode(BlsTimeLock.sha256(gt)));
    }

    @Test
    void theDecryptionSidePairingEqualsTheEncryptionSidePairing() {
        BigInteger rr = new BigInteger(string(STEPS, "rHexBE"), 16);
        PT sealing = new PT(new P1(KEY.point()).mult(rr).to_affine(), BlsTimeLock.hashToG2(IDENTITY)).final_exp();
        PT opening = new PT(P1.generator().mult(rr).to_affine(), SIGMA.point()).final_exp();
        assertTrue(STEPS.get("decryptSidePairingEqual").getAsBoolean());
        assertArrayEquals(BlsTimeLock.gtBytes(sealing), BlsTimeLock.gtBytes(opening));
    }

    @Test
    void theBodyAndItsKeystreamMatch() {
        assertEquals(string(STEPS, "wPlainBody"), Hex.encode(BlsTimeLock.plainBody(PLAINTEXT)));
        assertEquals(
                string(STEPS, "shake128Keystream"), Hex.encode(BlsTimeLock.shake128(hex(STEPS, "alphaReprLE"), 32)));
    }

    @Test
    void sealingWithTheFixedSeedGivesTheKnownCiphertextByteForByte() {
        TimeLockCiphertext ciphertext = BlsTimeLock.seal(KEY, IDENTITY, PLAINTEXT, SEED);
        assertEquals(string(FIXED, "ciphertextHex"), Hex.encode(ciphertext.toBytes()));
        assertEquals(string(FIXED, "ciphertextBase64"), ciphertext.base64());
        JsonObject layout = FIXED.getAsJsonObject("layout");
        assertEquals(layout.get("totalLen").getAsInt(), ciphertext.length());
        assertEquals(string(layout, "U"), Hex.encode(ciphertext.u().compress()));
        assertEquals(string(layout, "V"), Hex.encode(ciphertext.v()));
        assertEquals(string(layout, "W"), Hex.encode(ciphertext.w()));
        byte[] bytes = ciphertext.toBytes();
        assertEquals(layout.get("scheme").getAsInt(), bytes[bytes.length - 1]);
        assertEquals(layout.get("wLenPrefixBytes").getAsInt(), Uleb128.encode(ciphertext.w().length).length);
    }

    @Test
    void theFixedAndTheSdkCiphertextsUnsealWithTheCombinedSignature() {
        TimeLockCiphertext fixed = TimeLockCiphertext.fromBase64("c", string(FIXED, "ciphertextBase64"));
        TimeLockCiphertext sdk = TimeLockCiphertext.fromBase64(
                "c", string(VECTOR.getAsJsonObject("sdkEncryptRandomExample"), "ciphertext"));
        assertEquals("Hello Lit", new String(BlsTimeLock.unseal(fixed, SIGMA), StandardCharsets.UTF_8));
        assertEquals(
                string(VECTOR.getAsJsonObject("sdkEncryptRandomExample"), "decryptsWithCombined"),
                new String(BlsTimeLock.unseal(sdk, SIGMA), StandardCharsets.UTF_8));
    }

    @Test
    void everyChangedByteOfTheCiphertextIsDetected() {
        byte[] good = Hex.decode("c", string(FIXED, "ciphertextHex"));
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            TimeLockCiphertext parsed;
            try {
                parsed = TimeLockCiphertext.fromBytes("ciphertext", bad);
            } catch (InvalidInputException e) {
                continue; // U no longer a subgroup point, a broken length or scheme byte: refused when read
            }
            TimeLockDecryptionException e = assertThrows(
                    TimeLockDecryptionException.class, () -> BlsTimeLock.unseal(parsed, SIGMA), "byte " + i);
            assertTrue(e.getMessage().startsWith("decryption failed: "), e.getMessage());
        }
    }

    @Test
    void aChangedVIsDetectedByTheFujisakiOkamotoCheck() {
        byte[] bad = Hex.decode("c", string(FIXED, "ciphertextHex"));
        bad[60] ^= 0x40;
        TimeLockDecryptionException e = assertThrows(
                TimeLockDecryptionException.class,
                () -> BlsTimeLock.unseal(TimeLockCiphertext.fromBytes("ciphertext", bad), SIGMA));
        assertTrue(
                e.getMessage().contains("the ciphertext's U is not r·G1 for the recovered message")
                        || e.getMessage().contains("the decrypted length"),
                e.getMessage());
    }

    @Test
    void aSignatureOverAnotherIdentityDoesNotDecrypt() {
        BlsSignature other = BlsSignature.parse("s", BlsVectors.DATIL_COMBINED);
        TimeLockCiphertext fixed = TimeLockCiphertext.fromBase64("c", string(FIXED, "ciphertextBase64"));
        assertThrows(TimeLockDecryptionException.class, () -> BlsTimeLock.unseal(fixed, other));
    }

    @Test
    void aLongMessageUsesAMultiByteLengthPrefixAndRoundTrips() {
        byte[] message = new byte[200];
        Arrays.fill(message, (byte) 7);
        assertEquals("c801", Hex.encode(Arrays.copyOf(BlsTimeLock.plainBody(message), 2)));
        TimeLockCiphertext sealed = BlsTimeLock.seal(KEY, IDENTITY, message, SEED);
        assertEquals(48 + 32 + 2 + 202 + 1, sealed.length());
        assertArrayEquals(message, BlsTimeLock.unseal(sealed, SIGMA));
        assertArrayEquals(new byte[0], BlsTimeLock.unseal(BlsTimeLock.seal(KEY, IDENTITY, new byte[0], SEED), SIGMA));
    }

    @Test
    void malformedCiphertextsAreRefusedWhenRead() {
        byte[] good = Hex.decode("c", string(FIXED, "ciphertextHex"));
        byte[] wrongScheme = good.clone();
        wrongScheme[good.length - 1] = 1;
        assertEquals(
                "ciphertext: scheme byte is 1; Lit ciphertexts use 2 (ProofOfPossession)",
                assertThrows(InvalidInputException.class, () -> TimeLockCiphertext.fromBytes("ciphertext", wrongScheme))
                        .getMessage());
        byte[] truncated = Arrays.copyOf(good, good.length - 5);
        assertEquals(
                "ciphertext: its W length prefix says 32 bytes, but 27 follow before the scheme byte",
                assertThrows(InvalidInputException.class, () -> TimeLockCiphertext.fromBytes("ciphertext", truncated))
                        .getMessage());
        assertEquals(
                "ciphertext: is 10 bytes; a time-lock ciphertext has at least 82 (U 48, V 32, the length of W,"
                        + " W, the scheme byte)",
                assertThrows(
                                InvalidInputException.class,
                                () -> TimeLockCiphertext.fromBytes("ciphertext", new byte[10]))
                        .getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> TimeLockCiphertext.fromBase64("ciphertext", "%%"))
                .getMessage()
                .startsWith("ciphertext: is not standard base64"));
    }
}
