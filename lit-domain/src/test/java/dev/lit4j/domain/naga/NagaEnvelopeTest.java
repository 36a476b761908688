package dev.lit4j.domain.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.naga.internal.EnvelopeNonce;
import dev.lit4j.domain.naga.internal.GenericResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code naga-operations.json} → {@code e2ee}, byte for byte, and every refusal of a bad envelope. */
class NagaEnvelopeTest {
    private static final JsonObject E2EE = JsonParser.parseString(Vectors.text("naga-operations.json"))
            .getAsJsonObject()
            .getAsJsonObject("e2ee");
    private static final JsonObject REQUEST = E2EE.getAsJsonObject("request");
    private static final JsonObject RESPONSE = E2EE.getAsJsonObject("response");
    private static final BoxKeyPair CLIENT = BoxKeyPair.fromSecretKey(hex("clientSecretKey"));
    private static final BoxKeyPair NODE = BoxKeyPair.fromSecretKey(hex("nodeSecretKey"));

    private static byte[] hex(String name) {
        return Hex.decode(name, E2EE.get(name).getAsString());
    }

    private static String text(JsonObject o, String name) {
        return o.get(name).getAsString();
    }

    private static NagaEnvelope clientRequest() {
        return NagaEnvelope.seal(
                CLIENT,
                NODE.publicKey(),
                text(REQUEST, "plaintextJson"),
                Hex.decode("random", text(REQUEST, "random")),
                text(REQUEST, "created_at"));
    }

    @Test
    void keyPairsDeriveTheVectorPublicKeys() {
        assertEquals(text(E2EE, "clientPublicKey"), CLIENT.publicKey().hex());
        assertEquals(text(E2EE, "nodeIdentityKey"), NODE.publicKey().hex());
    }

    @Test
    void requestAadAndNonceAreTheVectors() {
        byte[] random = Hex.decode("random", text(REQUEST, "random"));
        long seconds = Instant.parse(text(REQUEST, "created_at")).getEpochSecond();
        byte[] node = NODE.publicKey().bytes();
        byte[] client = CLIENT.publicKey().bytes();
        assertEquals(text(REQUEST, "aad"), Hex.encode(EnvelopeNonce.aad(random, seconds, node, client)));
        assertEquals(text(REQUEST, "nonce"), Hex.encode(EnvelopeNonce.nonce(random, seconds, node, client)));
    }

    @Test
    void clientSealsTheSdkEnvelopeByteForByte() {
        NagaEnvelope envelope = clientRequest();
        assertEquals(REQUEST.getAsJsonObject("sdkEnvelope").toString(), envelope.toJson());
        assertEquals(text(REQUEST, "wireBodyWithEpoch"), envelope.toRequestBody(5));
    }

    @Test
    void nodeOpensTheWireBody() {
        OpenedEnvelope opened =
                NagaEnvelope.parse(text(REQUEST, "wireBodyWithEpoch")).open(NODE);
        assertEquals(CLIENT.publicKey(), opened.sender());
        assertEquals(Instant.parse("2025-01-15T12:00:00Z"), opened.createdAt());
        assertEquals(text(REQUEST, "plaintextJson"), opened.plaintext());
    }

    @Test
    void nodeSealsTheReplyByteForByteAndTheClientOpensIt() {
        JsonObject expected = RESPONSE.getAsJsonObject("envelope");
        JsonObject payload = expected.getAsJsonObject("payload");
        NagaEnvelope reply = NagaEnvelope.seal(
                NODE,
                CLIENT.publicKey(),
                text(RESPONSE, "plaintextJson"),
                Hex.decode("random", text(payload, "random")),
                text(payload, "created_at"));
        assertEquals(expected.toString(), reply.toJson());

        OpenedEnvelope opened = NagaEnvelope.parse(expected.toString()).open(CLIENT);
        assertEquals(NODE.publicKey(), opened.sender());
        assertEquals(text(RESPONSE, "plaintextJson"), opened.plaintext());
        GenericResponse response = GenericResponse.parse(opened.plaintext());
        assertEquals(text(RESPONSE, "plaintextJson"), response.toJson());
        assertEquals(
                "{\"success\":true,\"signedData\":[1,2,3],\"signatureShare\":{\"EcdsaSignedMessageShare\":"
                        + "{\"digest\":\"010203\",\"result\":\"success\"}}}",
                response.optionalData().orElseThrow());
    }

    @Test
    void replyNonceIsTheVector() {
        JsonObject payload = RESPONSE.getAsJsonObject("envelope").getAsJsonObject("payload");
        byte[] random = Hex.decode("random", text(payload, "random"));
        long seconds = Instant.parse("2025-01-15T12:00:01.250Z").getEpochSecond();
        assertEquals(
                text(RESPONSE, "aad"),
                Hex.encode(EnvelopeNonce.aad(
                        random,
                        seconds,
                        CLIENT.publicKey().bytes(),
                        NODE.publicKey().bytes())));
        assertEquals(
                text(RESPONSE, "nonce"),
                Hex.encode(EnvelopeNonce.nonce(
                        random,
                        seconds,
                        CLIENT.publicKey().bytes(),
                        NODE.publicKey().bytes())));
    }

    @Test
    void freshSealRoundTrips() {
        BoxKeyPair sender = BoxKeyPair.generate();
        NagaEnvelope envelope = NagaEnvelope.seal(
                sender, NODE.publicKey(), "{\"a\":\"ü\"}", Instant.parse("2025-01-15T12:00:00.123456Z"));
        assertEquals("2025-01-15T12:00:00.123Z", envelope.createdAt());
        assertEquals(
                "{\"a\":\"ü\"}",
                NagaEnvelope.parse(envelope.toJson()).open(NODE).plaintext());
    }

    @Test
    void openingWithAnotherKeyFails() {
        NagaEnvelope envelope = clientRequest();
        BoxKeyPair other = BoxKeyPair.fromSecretKey(new byte[32]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> envelope.open(other));
        assertEquals(
                "envelope.payload.ciphertext_and_tag: does not authenticate: it was not sealed by "
                        + CLIENT.publicKey().hex() + " to this recipient's key "
                        + other.publicKey().hex()
                        + ", or it was altered",
                e.getMessage());
    }

    @Test
    void aTamperedTagFails() {
        NagaEnvelope envelope = clientRequest();
        String boxed = envelope.ciphertextAndTag();
        String tampered = boxed.substring(0, 32) + (boxed.charAt(32) == '0' ? '1' : '0') + boxed.substring(33);
        NagaEnvelope altered =
                new NagaEnvelope(envelope.verificationKey(), envelope.random(), envelope.createdAt(), tampered);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> altered.open(NODE));
        assertEquals("envelope.payload.ciphertext_and_tag", e.field());
        assertEquals(true, e.getMessage().contains("does not authenticate"));
    }

    @Test
    void aChangedCreatedAtSecondFails() {
        NagaEnvelope envelope = clientRequest();
        NagaEnvelope moved = new NagaEnvelope(
                envelope.verificationKey(), envelope.random(), "2025-01-15T12:00:01.000Z", envelope.ciphertextAndTag());
        assertEquals(
                "envelope.payload.ciphertext_and_tag",
                assertThrows(InvalidInputException.class, () -> moved.open(NODE))
                        .field());
        NagaEnvelope sameSecond = new NagaEnvelope(
                envelope.verificationKey(),
                envelope.random(),
                "2025-01-15T12:00:00.999+00:00",
                envelope.ciphertextAndTag());
        assertEquals(text(REQUEST, "plaintextJson"), sameSecond.open(NODE).plaintext());
    }

    @Test
    void missingZeroPrefixFails() {
        NagaEnvelope envelope = clientRequest();
        NagaEnvelope shifted = new NagaEnvelope(
                envelope.verificationKey(),
                envelope.random(),
                envelope.createdAt(),
                "01" + envelope.ciphertextAndTag().substring(2));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> shifted.open(NODE));
        assertEquals(
                "envelope.payload.ciphertext_and_tag: must start with 16 zero bytes (the NaCl box layout:"
                        + " zeros, tag, ciphertext), byte 0 is not zero",
                e.getMessage());
    }

    @Test
    void aSmallOrderSenderKeyFails() {
        NagaEnvelope envelope = clientRequest();
        NagaEnvelope zero = new NagaEnvelope(
                new BoxPublicKey("00".repeat(32)),
                envelope.random(),
                envelope.createdAt(),
                envelope.ciphertextAndTag());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> zero.open(NODE));
        assertEquals(
                "envelope.payload.verification_key: is a small-order X25519 point: no secret can be shared"
                        + " with it",
                e.getMessage());
        InvalidInputException seal = assertThrows(
                InvalidInputException.class,
                () -> NagaEnvelope.seal(
                        CLIENT, new BoxPublicKey("00".repeat(32)), "{}", new byte[16], "2025-01-15T12:00:00.000Z"));
        assertEquals("recipient", seal.field());
    }

    private static String body(String version, String key, String random, String createdAt, String boxed) {
        return "{\"version\":" + version + ",\"payload\":{\"verification_key\":\"" + key + "\",\"random\":\"" + random
                + "\",\"created_at\":\"" + createdAt + "\",\"ciphertext_and_tag\":\"" + boxed + "\"}}";
    }

    private static String parseError(String json) {
        return assertThrows(InvalidInputException.class, () -> NagaEnvelope.parse(json))
                .getMessage();
    }

    @Test
    void parseRefusesEachMalformedField() {
        String key = CLIENT.publicKey().hex();
        String random = "00".repeat(16);
        String time = "2025-01-15T12:00:00.000Z";
        String boxed = "00".repeat(40);
        assertEquals(
                "envelope.version: unsupported envelope version \"2\"; only \"1\" is known",
                parseError(body("\"2\"", key, random, time, boxed)));
        assertEquals(
                "envelope.version: expected a string, found a number", parseError(body("1", key, random, time, boxed)));
        assertEquals(
                "envelope.payload.verification_key: expected 32 bytes (64 hex characters), got 31 bytes",
                parseError(body("\"1\"", key.substring(2), random, time, boxed)));
        assertEquals(
                "envelope.payload.random: not a hex digit 'z' at position 0",
                parseError(body("\"1\"", key, "zz" + random.substring(2), time, boxed)));
        assertEquals(
                "envelope.payload.random: expected 16 bytes (32 hex characters), got 15 bytes",
                parseError(body("\"1\"", key, random.substring(2), time, boxed)));
        assertEquals(
                "envelope.payload.created_at: not an RFC 3339 date-time with a zone: \"yesterday\""
                        + " (expected e.g. 2025-01-15T10:00:00.000Z)",
                parseError(body("\"1\"", key, random, "yesterday", boxed)));
        assertEquals(
                "envelope.payload.ciphertext_and_tag: expected at least 32 bytes (16 zero bytes, the 16-byte"
                        + " tag, the ciphertext), got 31",
                parseError(body("\"1\"", key, random, time, "00".repeat(31))));
        assertEquals(
                "envelope.payload.ciphertext_and_tag: hex must have an even number of digits, got 3",
                parseError(body("\"1\"", key, random, time, "000")));
        assertEquals("envelope.payload: is missing", parseError("{\"version\":\"1\",\"epoch\":5}"));
        assertEquals("envelope.version: is missing", parseError("{\"payload\":{}}"));
        assertEquals(
                "envelope.payload.random: is missing",
                parseError("{\"version\":\"1\",\"payload\":" + "{\"verification_key\":\"" + key + "\"}}"));
        assertEquals(
                "envelope.version: the key appears twice",
                parseError("{\"version\":\"1\",\"version\":\"1\",\"payload\":{}}"));
    }

    @Test
    void keyPairHidesItsSecret() {
        assertEquals("BoxKeyPair[publicKey=" + CLIENT.publicKey().hex() + "]", CLIENT.toString());
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BoxKeyPair.fromSecretKey(new byte[31]));
        assertEquals("boxSecretKey: expected 32 bytes, got 31 bytes", e.getMessage());
    }
}
