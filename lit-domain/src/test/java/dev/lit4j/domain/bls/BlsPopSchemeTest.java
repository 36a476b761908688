package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;
import supranational.blst.BLST_ERROR;

class BlsPopSchemeTest {
    private static final String NUL_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_";

    private static final BlsVectors.Wasm WASM = BlsVectors.wasm();
    private static final BlsPublicKey WASM_KEY = BlsPublicKey.parse("publicKeyHex", WASM.publicKeyHex());
    private static final BlsSignature WASM_SIG = BlsSignature.parse("signatureHex", WASM.signatureHex());
    private static final byte[] WASM_MESSAGE = Hex.decode("identityHex", WASM.identityHex());

    private static final BlsPublicKey JS_KEY =
            BlsPublicKey.parse("networkPubKey", JsSdkBlsSessionSig.NETWORK_PUBLIC_KEY);
    private static final BlsSignature JS_SIG =
            BlsSignature.fromProofOfPossessionJson("authSig.sig", JsSdkBlsSessionSig.SIG_JSON);
    private static final byte[] JS_MESSAGE = LitSessionBlsMessage.fromEip191Hash(
                    Sign.getEthereumMessageHash(JsSdkBlsSessionSig.SIGNED_MESSAGE.getBytes(StandardCharsets.UTF_8)))
            .bytes();

    @Test
    void theDstIsTheProofOfPossessionCiphersuite() {
        assertEquals("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_", BlsPopScheme.DST);
    }

    @Test
    void verifiesTheWasmSignatureOverTheIdentityBytes() {
        assertEquals("encrypt_decrypt_works", new String(WASM_MESSAGE, StandardCharsets.UTF_8));
        assertTrue(BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, WASM_SIG));
    }

    @Test
    void verifiesTheNodeSpecSessionSig() {
        assertTrue(BlsPopScheme.verify(JS_KEY, JS_MESSAGE, JS_SIG));
    }

    @Test
    void verifiesTheDatilCombinedSignatureOverEachSiwe() {
        BlsSignature combined = BlsSignature.parse("sig", BlsVectors.DATIL_COMBINED);
        for (BlsVectors.NodeAnswer answer : BlsVectors.datil()) {
            BlsPublicKey root = BlsPublicKey.parse("blsRootPubkey", answer.blsRootPubkey());
            byte[] eip191 = Sign.getEthereumMessageHash(answer.siweMessage().getBytes(StandardCharsets.UTF_8));
            assertTrue(BlsPopScheme.verify(
                    root, LitSessionBlsMessage.fromEip191Hash(eip191).bytes(), combined));
        }
    }

    @Test
    void theVectorsFailUnderTheNulDst() {
        // the vectors are specific to the POP tag: the basic-scheme tag must not verify them
        assertEquals(
                BLST_ERROR.BLST_VERIFY_FAIL,
                WASM_SIG.point().core_verify(WASM_KEY.point(), true, WASM_MESSAGE, NUL_DST));
        assertEquals(
                BLST_ERROR.BLST_VERIFY_FAIL, JS_SIG.point().core_verify(JS_KEY.point(), true, JS_MESSAGE, NUL_DST));
    }

    @Test
    void oneFlippedMessageBitFails() {
        for (int bit = 0; bit < 8; bit++) {
            byte[] message = WASM_MESSAGE.clone();
            message[message.length - 1] ^= (byte) (1 << bit);
            assertFalse(BlsPopScheme.verify(WASM_KEY, message, WASM_SIG), "bit " + bit);
        }
        byte[] message = JS_MESSAGE.clone();
        message[0] ^= 1;
        assertFalse(BlsPopScheme.verify(JS_KEY, message, JS_SIG));
    }

    @Test
    void theNegatedSignatureIsWellFormedButFails() {
        // flipping the sign bit of a compressed point gives −σ: a valid G2 point, a wrong signature
        byte[] bytes = WASM_SIG.toBytes();
        bytes[0] ^= 0x20;
        BlsSignature negated = BlsSignature.fromBytes("sig", bytes);
        assertNotEquals(WASM_SIG, negated);
        assertFalse(BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, negated));
    }

    @Test
    void aFlippedLowSignatureBitIsMalformed() {
        byte[] bytes = WASM_SIG.toBytes();
        bytes[95] ^= 1;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BlsSignature.fromBytes("sig", bytes));
        assertEquals(
                "sig: \"" + Hex.encode(bytes) + "\" is not a compressed BLS12-381 G2 point (point is not on"
                        + " curve)",
                e.getMessage());
        bytes[95] ^= 3;
        e = assertThrows(InvalidInputException.class, () -> BlsSignature.fromBytes("sig", bytes));
        assertEquals(
                "sig: \"" + Hex.encode(bytes) + "\" is on the curve but not in the G2 prime-order subgroup",
                e.getMessage());
    }

    @Test
    void theWrongKeyOrTheWrongSignatureFails() {
        assertFalse(BlsPopScheme.verify(JS_KEY, WASM_MESSAGE, WASM_SIG));
        assertFalse(BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, JS_SIG));
        assertFalse(BlsPopScheme.verify(JS_KEY, JS_MESSAGE, BlsSignature.parse("sig", BlsVectors.DATIL_COMBINED)));
    }

    @Test
    void rejectsNullArguments() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsPopScheme.verify(null, WASM_MESSAGE, WASM_SIG));
        assertEquals("publicKey: is missing", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsPopScheme.verify(WASM_KEY, null, WASM_SIG));
        assertEquals("message: is missing", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, null));
        assertEquals("signature: is missing", e.getMessage());
    }

    @Test
    void sharedKeysAndSignaturesVerifyFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                boolean good = i % 2 == 0;
                byte[] message = good ? WASM_MESSAGE : JS_MESSAGE;
                checks.add(() -> BlsPopScheme.verify(WASM_KEY, message, WASM_SIG) == good);
            }
            for (Future<Boolean> result : pool.invokeAll(checks)) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
