package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

class LitSessionBlsMessageTest {

    @Test
    void matchesTheNodeSpecIntermediateValues() {
        // node spec §0.1: the js-sdk validate-bls-session-sigs vector
        byte[] eip191 = Hex.decode("h", "a2bf33d63de7fcb47f700151f5fa995857f83d110e09db35f99a20544c3c7f07");
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(eip191);
        assertEquals("3f487b15c8aba0878aade1d4bbe7615ce5e5947147cfeeb4b010850f24a6b3b8", message.hex());
        assertEquals(message.hex(), message.toString());
        assertArrayEquals(Hex.decode("m", message.hex()), message.bytes());
    }

    @Test
    void theNodeSpecSiweHashesToTheIntermediateValue() {
        byte[] eip191 = Sign.getEthereumMessageHash(JsSdkBlsSessionSig.SIGNED_MESSAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("a2bf33d63de7fcb47f700151f5fa995857f83d110e09db35f99a20544c3c7f07", Hex.encode(eip191));
    }

    @Test
    void equalsDataSignedOfEveryDatilNodeAnswer() {
        for (BlsVectors.NodeAnswer answer : BlsVectors.datil()) {
            byte[] eip191 = Sign.getEthereumMessageHash(answer.siweMessage().getBytes(StandardCharsets.UTF_8));
            assertEquals(new LitSessionBlsMessage(answer.dataSigned()), LitSessionBlsMessage.fromEip191Hash(eip191));
        }
    }

    @Test
    void rejectsAHashOfTheWrongLength() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> LitSessionBlsMessage.fromEip191Hash(new byte[31]));
        assertEquals("eip191Hash: expected 32 bytes, got 31", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LitSessionBlsMessage.fromEip191Hash(null));
        assertEquals("eip191Hash: is missing", e.getMessage());
    }

    @Test
    void rejectsMalformedHex() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LitSessionBlsMessage("ab"));
        assertEquals("dataSigned: expected 32 bytes (64 hex characters), got 1 bytes", e.getMessage());
        String upper = "3F487B15C8ABA0878AADE1D4BBE7615CE5E5947147CFEEB4B010850F24A6B3B8";
        e = assertThrows(InvalidInputException.class, () -> new LitSessionBlsMessage(upper));
        assertEquals("dataSigned: must be lowercase hex, got \"" + upper + "\"", e.getMessage());
    }
}
