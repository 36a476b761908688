package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.internal.HandshakeAnswer;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.NetworkIdentity;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The handshake of client spec §8.5: the request body and the reading of a Datil answer. */
class HandshakeAnswerTest {
    /** The BLS root key of the Datil sample in client spec §7.6. */
    static final String KEY =
            "a6f7c284ac766db1b43f8c65d8ff15c7271a05b0863b5205d96459fd32aa353e9390ce0626560fb76720c1a5c8ca6902";

    static final String BLOCKHASH = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    static final String HD_KEY = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    private static final String URL = "http://127.0.0.1:7470";

    static JsonObject answer() {
        return JsonParser.parseString(
                        "{\"serverPublicKey\":\"\",\"subnetPublicKey\":\"" + KEY + "\",\"networkPublicKey\":\""
                                + KEY + "\",\"networkPublicKeySet\":\"" + KEY
                                + "\",\"clientSdkVersion\":\"7.4.0\",\"hdRootPubkeys\":[\""
                                + HD_KEY + "\"],\"attestation\":null,\"latestBlockhash\":\"" + BLOCKHASH + "\"}")
                .getAsJsonObject();
    }

    @Test
    void theRequestCarriesTheChallengeAsHexAndTheEpochWhenKnown() {
        byte[] challenge = Hex.decode("c", "5b0e8c3f9a1d47e2b6c0f4a8d3e7b1c9a2f6e0d4c8b3a7f1e5d9c2b6a0f4e8d3");

        assertEquals(
                "{\"clientPublicKey\":\"test\",\"challenge\":\"5b0e8c3f9a1d47e2b6c0f4a8d3e7b1c9a2f6e0d4c8b3a7f1e5d9c2b6a0f4e8d3\","
                        + "\"epoch\":31316}",
                HandshakeAnswer.requestBody(challenge, OptionalLong.of(31_316)));
        assertEquals(
                "{\"clientPublicKey\":\"test\",\"challenge\":\"5b0e8c3f9a1d47e2b6c0f4a8d3e7b1c9a2f6e0d4c8b3a7f1e5d9c2b6a0f4e8d3\"}",
                HandshakeAnswer.requestBody(challenge, OptionalLong.empty()));
    }

    @Test
    void readsTheKeysTheBlockhashAndTheAttestation() {
        HandshakeAnswer answer = HandshakeAnswer.parse(URL, Fixtures.body(answer()));

        BlsPublicKey key = BlsPublicKey.parse("k", KEY);
        assertEquals(new NetworkIdentity(key, key, key, List.of(HD_KEY)), answer.identity());
        assertEquals(BLOCKHASH, answer.latestBlockhash());
        assertEquals(JsonValue.Null.INSTANCE, answer.attestation());
        assertEquals(URL, answer.nodeUrl());
    }

    @Test
    void normalisesHexCaseAndPrefixesSoThatEqualKeysCompareEqual() {
        JsonObject body = answer();
        body.addProperty("networkPublicKey", KEY.toUpperCase());
        body.add("hdRootPubkeys", JsonParser.parseString("[\"0x" + HD_KEY.toUpperCase() + "\"]"));
        body.addProperty("latestBlockhash", BLOCKHASH.toUpperCase().replace("0X", "0x"));
        body.remove("attestation");

        HandshakeAnswer answer = HandshakeAnswer.parse(URL, Fixtures.body(body));

        assertEquals(HandshakeAnswer.parse(URL, Fixtures.body(answer())).identity(), answer.identity());
        assertEquals(BLOCKHASH, answer.latestBlockhash());
        assertEquals(JsonValue.Null.INSTANCE, answer.attestation(), "absent is read as null");
    }

    @Test
    void aNodeWithoutItsKeyYetIsRefused() {
        JsonObject body = answer();
        body.addProperty("networkPublicKey", "ERR");

        assertEquals(
                "the node has no BLS root key yet (its key fields are \"ERR\")",
                assertThrows(MalformedAnswerException.class, () -> HandshakeAnswer.parse(URL, Fixtures.body(body)))
                        .getMessage());
    }

    @Test
    void refusesMissingOrMalformedFields() {
        assertRefused("subnetPublicKey", null, "\"subnetPublicKey\" is missing; expected a non-empty string");
        assertRefused(
                "networkPublicKeySet",
                "\"12\"",
                "networkPublicKeySet: expected 48 bytes (96 hex characters)," + " got 1 bytes");
        assertRefused("networkPublicKeySet", "12", "\"networkPublicKeySet\" is 12; expected a string");
        assertRefused("latestBlockhash", "\"\"", "\"latestBlockhash\" is \"\"; expected a non-empty string");
        assertRefused(
                "latestBlockhash", "\"0x1234\"", "\"latestBlockhash\" is \"0x1234\"; expected 0x and 64 hex digits");
        assertRefused(
                "hdRootPubkeys",
                "\"" + HD_KEY + "\"",
                "\"hdRootPubkeys\" is \"" + HD_KEY + "\"; expected an array" + " of hex keys");
        assertRefused("hdRootPubkeys", "[\"zz\"]", "hdRootPubkeys[0] is \"zz\"; expected a hex key");
        assertRefused("hdRootPubkeys", "[7]", "hdRootPubkeys[0] is 7; expected a hex key");
    }

    private static void assertRefused(String key, String json, String message) {
        JsonObject body = answer();
        if (json == null) {
            body.remove(key);
        } else {
            body.add(key, JsonParser.parseString(json));
        }
        MalformedAnswerException e =
                assertThrows(MalformedAnswerException.class, () -> HandshakeAnswer.parse(URL, Fixtures.body(body)));
        assertEquals(message, e.getMessage());
    }
}
