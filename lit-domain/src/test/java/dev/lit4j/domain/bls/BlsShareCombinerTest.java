package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.internal.Hex;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import supranational.blst.P2;

class BlsShareCombinerTest {
    private static final BlsVectors.Wasm WASM = BlsVectors.wasm();
    private static final BlsPublicKey WASM_KEY = BlsPublicKey.parse("publicKeyHex", WASM.publicKeyHex());
    private static final byte[] WASM_MESSAGE = Hex.decode("identityHex", WASM.identityHex());

    private static List<BlsSignatureShare> wasmShares() {
        return WASM.signatureSharesHex().stream()
                .map(h -> BlsSignatureShare.parse("share", h))
                .toList();
    }

    private static List<BlsSignatureShare> datilShares() {
        return BlsVectors.datil().stream()
                .map(a -> BlsSignatureShare.fromJson("signatureShare", a.signatureShareJson()))
                .toList();
    }

    @Test
    void combinesTheWasmSharesToTheKnownSignature() {
        BlsSignature combined = BlsShareCombiner.combine(wasmShares());
        assertEquals(WASM.signatureHex(), combined.hex());
        assertTrue(BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, combined));
    }

    @Test
    void combinesTheDatilNodeAnswersToTheAppendixA5Signature() {
        List<BlsSignatureShare> shares = datilShares();
        assertEquals(
                List.of(1, 3, 2),
                shares.stream().map(BlsSignatureShare::identifier).toList());
        BlsSignature combined = BlsShareCombiner.combine(shares);
        assertEquals(BlsVectors.DATIL_COMBINED, combined.hex());
        BlsVectors.NodeAnswer first = BlsVectors.datil().get(0);
        BlsPublicKey root = BlsPublicKey.parse("blsRootPubkey", first.blsRootPubkey());
        assertTrue(BlsPopScheme.verify(root, new LitSessionBlsMessage(first.dataSigned()).bytes(), combined));
    }

    @Test
    void theOrderOfTheSharesDoesNotMatter() {
        List<BlsSignatureShare> reversed = new ArrayList<>(wasmShares());
        Collections.reverse(reversed);
        assertEquals(WASM.signatureHex(), BlsShareCombiner.combine(reversed).hex());
    }

    @Test
    void bothVectorsHaveThresholdTwoSoAnyTwoSharesGiveTheSameSignature() {
        // every pair reconstructs the signature, a single share does not: the dealing polynomial has degree 1
        List<BlsSignatureShare> wasm = wasmShares();
        List<BlsSignatureShare> datil = datilShares();
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
        for (int[] pair : pairs) {
            assertEquals(
                    WASM.signatureHex(),
                    BlsShareCombiner.combine(List.of(wasm.get(pair[0]), wasm.get(pair[1])))
                            .hex(),
                    Arrays.toString(pair));
            assertEquals(
                    BlsVectors.DATIL_COMBINED,
                    BlsShareCombiner.combine(List.of(datil.get(pair[0]), datil.get(pair[1])))
                            .hex(),
                    Arrays.toString(pair));
        }
        for (BlsSignatureShare single : wasm) {
            BlsSignature alone = BlsShareCombiner.combine(List.of(single));
            assertEquals(single.signature(), alone);
            assertFalse(BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, alone));
        }
    }

    @Test
    void aWrongShareGivesASignatureThatDoesNotVerify() {
        List<BlsSignatureShare> shares = new ArrayList<>(wasmShares());
        // the share of node 2 replaced by node 3's point: a valid point, but not node 2's signature
        shares.set(1, new BlsSignatureShare(2, shares.get(2).signature()));
        BlsSignature combined = BlsShareCombiner.combine(shares);
        assertNotEquals(WASM.signatureHex(), combined.hex());
        assertFalse(BlsPopScheme.verify(WASM_KEY, WASM_MESSAGE, combined));
    }

    @Test
    void rejectsAnEmptyOrNullList() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BlsShareCombiner.combine(List.of()));
        assertEquals(
                "signatureShares: is empty; combining needs at least the threshold number of shares", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsShareCombiner.combine(null));
        assertEquals("signatureShares: is missing", e.getMessage());
        List<BlsSignatureShare> withNull = new ArrayList<>(wasmShares());
        withNull.set(1, null);
        e = assertThrows(InvalidInputException.class, () -> BlsShareCombiner.combine(withNull));
        assertEquals("signatureShares[1]: is missing", e.getMessage());
    }

    @Test
    void rejectsADuplicateIdentifier() {
        List<BlsSignatureShare> shares = wasmShares();
        BlsSignatureShare again = new BlsSignatureShare(1, shares.get(2).signature());
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> BlsShareCombiner.combine(List.of(shares.get(0), shares.get(1), again)));
        assertEquals(
                "signatureShares: identifier 1 appears twice (at 0 and 2); each node's share may be given once",
                e.getMessage());
        e = assertThrows(
                InvalidInputException.class, () -> BlsShareCombiner.combine(List.of(shares.get(1), shares.get(1))));
        assertEquals(
                "signatureShares: identifier 2 appears twice (at 0 and 1); each node's share may be given once",
                e.getMessage());
    }

    @Test
    void rejectsSharesThatCancelOut() {
        // with identifiers 1 and 2, λ = (2, −1): shares σ and 2σ combine to 2σ − 2σ = identity
        BlsSignature sigma = BlsSignature.parse("sig", WASM.signatureHex());
        P2 doubled = new P2(Hex.decode("sig", WASM.signatureHex())).mult(BigInteger.TWO);
        BlsSignature twice = BlsSignature.fromBytes("sig", doubled.compress());
        List<BlsSignatureShare> shares = List.of(new BlsSignatureShare(1, sigma), new BlsSignatureShare(2, twice));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BlsShareCombiner.combine(shares));
        assertEquals(
                "signatureShares: the 2 shares combine to the identity point, which is no signature; at least"
                        + " one share is wrong",
                e.getMessage());
    }

    @Test
    void combiningLeavesTheSharesUntouched() {
        List<BlsSignatureShare> shares = wasmShares();
        List<String> before = shares.stream().map(BlsSignatureShare::hex).toList();
        BlsShareCombiner.combine(shares);
        BlsShareCombiner.combine(shares);
        assertEquals(before, shares.stream().map(BlsSignatureShare::hex).toList());
        assertEquals(WASM.signatureHex(), BlsShareCombiner.combine(shares).hex());
    }
}
