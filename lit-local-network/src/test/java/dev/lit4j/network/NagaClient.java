package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.send;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.naga.BoxKeyPair;
import dev.lit4j.domain.naga.BoxPublicKey;
import dev.lit4j.domain.naga.NagaEnvelope;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.network.NodeClient.Answer;
import java.time.Instant;

/**
 * A raw Naga client for the tests: seals each request to the node's identity key with a fresh key of its own,
 * as the JS SDK 8 does, and opens the reply.
 */
final class NagaClient {
    private final LocalLitNetwork network;
    private final BoxKeyPair clientKey = BoxKeyPair.generate();

    NagaClient(LocalLitNetwork network) {
        this.network = network;
    }

    /** The JS SDK 8's headers. */
    static String[] headers(String requestId) {
        return new String[] {
            "Content-Type",
            "application/json",
            "Accept",
            "application/json",
            "X-Lit-SDK-Version",
            "8.0.0-naga-dev",
            "X-Lit-SDK-Type",
            "Typescript",
            "X-Request-Id",
            requestId
        };
    }

    /** Posts {@code inner} sealed to node {@code index}'s identity key. */
    Answer post(int index, String path, JsonObject inner) throws Exception {
        return postSealedTo(index, path, inner, network.identityKeys().get(index));
    }

    /** Posts {@code inner} sealed to {@code recipient}, whatever node it is posted to. */
    Answer postSealedTo(int index, String path, JsonObject inner, BoxPublicKey recipient) throws Exception {
        NagaEnvelope envelope = NagaEnvelope.seal(clientKey, recipient, inner.toString(), Instant.now());
        return send(
                NodeClient.post(network.node(index).url(), path, envelope.toRequestBody(1), headers("lit_naga_test")));
    }

    /** This client's key. */
    BoxPublicKey key() {
        return clientKey.publicKey();
    }

    /** The reply of {@code answer}, opened: its {@code GenericResponse}. */
    GenericResponse open(Answer answer) {
        return GenericResponse.parse(
                NagaEnvelope.parse(answer.body()).open(clientKey).plaintext());
    }

    /** The reply's {@code data}. */
    JsonObject data(Answer answer) {
        GenericResponse reply = open(answer);
        return JsonParser.parseString(reply.optionalData()
                        .orElseThrow(() -> new AssertionError(
                                "not a success: " + reply.optionalError() + " " + reply.optionalErrorObject())))
                .getAsJsonObject();
    }

    /** {@code nodeSet} of the nodes {@code indices}, as the JS SDK 8 writes it. */
    JsonArray nodeSet(int... indices) {
        JsonArray nodeSet = new JsonArray();
        for (int index : indices) {
            JsonObject entry = new JsonObject();
            entry.addProperty("socketAddress", network.node(index).url().substring("http://".length()));
            entry.addProperty("value", 1);
            nodeSet.add(entry);
        }
        return nodeSet;
    }

    /** The raw plain post of {@code body} to node {@code index}. */
    Answer postPlain(int index, String path, String body) throws Exception {
        return send(NodeClient.post(network.node(index).url(), path, body, headers("lit_naga_test")));
    }
}
