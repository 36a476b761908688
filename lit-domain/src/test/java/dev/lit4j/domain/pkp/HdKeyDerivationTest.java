package dev.lit4j.domain.pkp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.internal.HdKeyDerivation;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code hdKeyDerivation} cases of {@code pkp-sign-datil.json}. */
class HdKeyDerivationTest {

    @Test
    void wasmTestOverTwoEqualRootsGivesTheScalarAndTheKey() {
        JsonObject testCase = PkpSignVectors.hdCase("wasm-test");
        byte[] keyId = testCase.get("keyIdUtf8").getAsString().getBytes(StandardCharsets.UTF_8);

        assertEquals(testCase.get("dst").getAsString(), HdKeyDerivation.DST);
        assertEquals(
                testCase.get("derivationScalar").getAsString(),
                HdKeyDerivation.derivationScalar(keyId).toString(16));
        assertEquals(
                testCase.get("expectedPublicKey").getAsString(),
                HdKeyDerivation.derivePublicKey(strings(testCase, "rootPublicKeys"), keyId)
                        .hex());
    }

    @Test
    void threeRootsGiveTheKeyAndTheSecretOfTheTranscriptsPkp() {
        JsonObject testCase = PkpSignVectors.hdCase("three-roots");
        byte[] keyId = Hex.decode("keyId", testCase.get("keyIdHex").getAsString());
        List<BigInteger> secrets = strings(testCase, "rootSecrets").stream()
                .map(h -> new BigInteger(h, 16))
                .toList();

        assertEquals(
                testCase.get("derivationScalar").getAsString(),
                String.format("%064x", HdKeyDerivation.derivationScalar(keyId)));
        assertEquals(
                testCase.get("expectedPublicKey").getAsString(),
                HdKeyDerivation.derivePublicKey(strings(testCase, "rootPublicKeys"), keyId)
                        .hex());
        assertEquals(
                testCase.get("pkpSecret").getAsString(),
                String.format("%064x", HdKeyDerivation.deriveSecret(secrets, keyId)));
        assertEquals(
                PkpSignVectors.FILE
                        .getAsJsonObject("simulatedTranscript")
                        .get("pkpPublicKey")
                        .getAsString(),
                HdKeyDerivation.derivePublicKey(strings(testCase, "rootPublicKeys"), keyId)
                        .hex());
    }

    @Test
    void refusesNoRootsAndANonPoint() {
        InvalidInputException none = assertThrows(
                InvalidInputException.class, () -> HdKeyDerivation.derivePublicKey(List.of(), new byte[1]));
        InvalidInputException notPoint = assertThrows(
                InvalidInputException.class,
                () -> HdKeyDerivation.derivePublicKey(List.of("02" + "00".repeat(32)), new byte[1]));

        assertEquals("rootPublicKeys: at least one root key is needed", none.getMessage());
        assertEquals("rootPublicKeys[0]: is not a SEC1-encoded secp256k1 point", notPoint.getMessage());
    }

    private static List<String> strings(JsonObject testCase, String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement element : testCase.getAsJsonArray(key)) {
            out.add(element.getAsString());
        }
        return out;
    }
}
