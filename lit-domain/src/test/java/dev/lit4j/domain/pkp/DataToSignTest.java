package dev.lit4j.domain.pkp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataToSignTest {

    @Test
    void hashesAMessageAsTheCallerChooses() {
        JsonObject transcript = PkpSignVectors.FILE.getAsJsonObject("simulatedTranscript");
        byte[] message = "Hello Lit, sign me".getBytes(StandardCharsets.UTF_8);

        assertEquals(
                transcript.get("toSignHex").getAsString(),
                DataToSign.hashOf(message, DataToSign.MessageHash.KECCAK256).hex());
        assertEquals(
                "d9d6a19ece15a8fb02df090d0d0e984de414f78487a16d9a91d02e148736eca4",
                DataToSign.hashOf(message, DataToSign.MessageHash.SHA256).hex());
        assertEquals(
                transcript.get("toSignHex").getAsString(),
                DataToSign.parse(
                                "digest",
                                "0x" + transcript.get("toSignHex").getAsString().toUpperCase())
                        .hex());
    }

    @Test
    void refusesWrongLengthsAndValuesNotBelowTheGroupOrder() {
        InvalidInputException shortDigest =
                assertThrows(InvalidInputException.class, () -> DataToSign.ofDigest(new byte[31]));
        InvalidInputException shortHex =
                assertThrows(InvalidInputException.class, () -> DataToSign.parse("--digest", "abcd"));
        InvalidInputException tooLarge =
                assertThrows(InvalidInputException.class, () -> DataToSign.parse("--digest", "ff".repeat(32)));

        assertEquals(
                "toSign: expected a 32-byte digest, got 31 bytes; hash a message first (DataToSign.hashOf)",
                shortDigest.getMessage());
        assertEquals("--digest: expected a 32-byte digest (64 hex digits), got 2 bytes", shortHex.getMessage());
        assertEquals(
                "toSign: 0x" + "ff".repeat(32) + " is not below the secp256k1 group order n; Lit nodes refuse"
                        + " such a digest (\"Could not convert message to sign into ScalarPrimitive\")",
                tooLarge.getMessage());
    }
}
