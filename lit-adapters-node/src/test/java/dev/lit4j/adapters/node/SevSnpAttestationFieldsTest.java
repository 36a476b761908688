package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.internal.SevSnpAttestationFields;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fields {@link AttestationPolicy#FIELDS_ONLY} checks (client spec §8.5 steps 1–2); the report is not verified. */
class SevSnpAttestationFieldsTest {
    private static final String URL = "https://15.235.83.220:7470";
    private static final byte[] CHALLENGE = new byte[32];

    static {
        for (int i = 0; i < CHALLENGE.length; i++) {
            CHALLENGE[i] = (byte) i;
        }
    }

    private static JsonObject attestation(String type, byte[] nonce, String externalAddr) {
        Base64.Encoder base64 = Base64.getEncoder();
        return JsonParser.parseString("{\"type\":\"" + type + "\",\"noonce\":\"" + base64.encodeToString(nonce)
                        + "\",\"data\":{\"EXTERNAL_ADDR\":\""
                        + base64.encodeToString(externalAddr.getBytes(StandardCharsets.UTF_8))
                        + "\"},\"signatures\":[\"AA==\"],\"report\":\"AAAA\"}")
                .getAsJsonObject();
    }

    private static Optional<String> problem(String url, JsonElement attestation) {
        return SevSnpAttestationFields.problem(url, Fixtures.value(attestation), CHALLENGE);
    }

    @Test
    void acceptsTheChallengeEchoedByTheCalledAddress() {
        assertEquals(Optional.empty(), problem(URL, attestation("AMD_SEV_SNP", CHALLENGE, "15.235.83.220:7470")));
    }

    @Test
    void theDefaultPortOfTheSchemeCounts() {
        assertEquals(
                Optional.empty(),
                problem("https://51.255.59.58", attestation("AMD_SEV_SNP", CHALLENGE, "51.255.59.58:443")));
        assertEquals("15.235.83.220:80", SevSnpAttestationFields.hostAndPort("http://15.235.83.220"));
    }

    @Test
    void refusesAMissingAttestation() {
        assertEquals(
                Optional.of("the node sent no attestation, and the attestation policy is FIELDS_ONLY"),
                problem(URL, JsonParser.parseString("null")));
        assertEquals(
                Optional.of("the attestation is \"\"x\"\", not an object"),
                problem(URL, JsonParser.parseString("\"x\"")));
    }

    @Test
    void refusesAnotherType() {
        assertEquals(
                Optional.of("the attestation type is \"TDX\", expected AMD_SEV_SNP"),
                problem(URL, attestation("TDX", CHALLENGE, "15.235.83.220:7470")));
    }

    @Test
    void refusesAnotherNonce() {
        assertEquals(
                Optional.of("the attestation's noonce is not this handshake's challenge"),
                problem(URL, attestation("AMD_SEV_SNP", new byte[32], "15.235.83.220:7470")));
    }

    @Test
    void refusesAnotherAddress() {
        assertEquals(
                Optional.of("the attestation's EXTERNAL_ADDR is \"15.235.83.221:7470\", but the node was called at"
                        + " 15.235.83.220:7470"),
                problem(URL, attestation("AMD_SEV_SNP", CHALLENGE, "15.235.83.221:7470")));
    }

    @Test
    void refusesMalformedFields() {
        JsonObject noReport = attestation("AMD_SEV_SNP", CHALLENGE, "15.235.83.220:7470");
        noReport.remove("report");
        assertEquals(
                Optional.of("the attestation is malformed: \"report\" is missing; expected a non-empty string"),
                problem(URL, noReport));
        JsonObject badNonce = attestation("AMD_SEV_SNP", CHALLENGE, "15.235.83.220:7470");
        badNonce.addProperty("noonce", "not base64!");
        assertEquals(
                Optional.of("the attestation is malformed: \"noonce\" is not base64: \"not base64!\""),
                problem(URL, badNonce));
        JsonObject noData = attestation("AMD_SEV_SNP", CHALLENGE, "15.235.83.220:7470");
        noData.remove("data");
        assertEquals(Optional.of("the attestation has no data object"), problem(URL, noData));
    }
}
