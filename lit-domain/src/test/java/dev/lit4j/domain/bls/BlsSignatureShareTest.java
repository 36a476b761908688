package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlsSignatureShareTest {

    @Test
    void readsEveryDatilNodeAnswerWithIdentifierShareIndexPlusOne() {
        for (BlsVectors.NodeAnswer answer : BlsVectors.datil()) {
            BlsSignatureShare share = BlsSignatureShare.fromJson("signatureShare", answer.signatureShareJson());
            assertEquals(answer.shareIndex() + 1, share.identifier());
            assertEquals(answer.shareIndex(), share.shareIndex());
            assertEquals(answer.shareHex(), share.hex());
            assertEquals(answer.signatureShareJson(), share.toJson());
            assertEquals(share, BlsSignatureShare.parse("signatureShare", answer.shareHex()));
        }
    }

    @Test
    void readsTheWasmSharesInOrder() {
        List<String> hexes = BlsVectors.wasm().signatureSharesHex();
        for (int i = 0; i < hexes.size(); i++) {
            BlsSignatureShare share =
                    BlsSignatureShare.parse("share", hexes.get(i).toUpperCase(Locale.ROOT));
            assertEquals(i + 1, share.identifier());
            assertEquals(hexes.get(i), share.hex());
            assertEquals(hexes.get(i).substring(2), share.signature().hex());
            assertEquals(hexes.get(i), share.toString());
        }
    }

    @Test
    void buildsFromIdentifierAndSignature() {
        BlsSignature sig = BlsSignature.parse("sig", BlsVectors.DATIL_COMBINED);
        assertEquals("ff" + sig.hex(), new BlsSignatureShare(255, sig).hex());
        assertEquals("01" + sig.hex(), new BlsSignatureShare(1, sig).hex());
    }

    @Test
    void rejectsIdentifierZero() {
        String zero = "00" + BlsVectors.wasm().signatureSharesHex().get(0).substring(2);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsSignatureShare.parse("signatureShare", zero));
        assertEquals(
                "signatureShare: share identifier byte is 0; Datil identifiers are shareIndex + 1, so 1..255",
                e.getMessage());
    }

    @Test
    void rejectsIdentifiersOutOfRangeInTheConstructor() {
        BlsSignature sig = BlsSignature.parse("sig", BlsVectors.DATIL_COMBINED);
        for (int bad : new int[] {0, -1, 256}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new BlsSignatureShare(bad, sig));
            assertEquals("signatureShare.identifier: expected 1..255 (shareIndex + 1), got " + bad, e.getMessage());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new BlsSignatureShare(1, null));
        assertEquals("signatureShare.signature: is missing", e.getMessage());
    }

    @Test
    void rejectsWrongLengths() {
        String share = BlsVectors.wasm().signatureSharesHex().get(0);
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> BlsSignatureShare.parse("signatureShare", share.substring(2)));
        assertEquals(
                "signatureShare: expected 97 bytes (194 hex characters: a 1-byte identifier and a 96-byte G2"
                        + " point), got 96 bytes",
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> BlsSignatureShare.parse("signatureShare", share + "00"));
        assertEquals(
                "signatureShare: expected 97 bytes (194 hex characters: a 1-byte identifier and a 96-byte G2"
                        + " point), got 98 bytes",
                e.getMessage());
    }

    @Test
    void rejectsAPointThatIsNotOnTheCurve() {
        String notOnCurve = "80" + "00".repeat(94) + "01";
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> BlsSignatureShare.parse("signatureShare", "02" + notOnCurve));
        assertEquals(
                "signatureShare: \"" + notOnCurve + "\" is not a compressed BLS12-381 G2 point (point is not on"
                        + " curve)",
                e.getMessage());
    }

    @Test
    void rejectsTheNagaObjectForm() {
        String naga = "{\"ProofOfPossession\":{\"identifier\":\"" + "00".repeat(32) + "\",\"value\":\""
                + BlsVectors.DATIL_COMBINED + "\"}}";
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsSignatureShare.fromJson("signatureShare", naga));
        assertEquals(
                "signatureShare.ProofOfPossession: expected a hex string (the Datil form), found an object",
                e.getMessage());
    }

    @Test
    void reportsHexProblemsUnderTheJsonKey() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> BlsSignatureShare.fromJson("signatureShare", "{\"ProofOfPossession\":\"xy\"}"));
        assertEquals("signatureShare.ProofOfPossession", e.field());
        assertTrue(e.getMessage().contains("not a hex digit 'x' at position 0"), e.getMessage());
    }
}
