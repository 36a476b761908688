package dev.lit4j.adapters.signer.e2e;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /web/pkp/sign/v1} as the JS SDK's {@code pkpSign} sends it to one node (client spec §6.8):
 * {@code {"toSign":[<32 numbers>],"pubkey":"0x04…","authSig":{<that node's session sig>},"epoch":1}} with
 * the SDK's headers, one node at a time, so that each node's acceptance of its own session sig is seen (the
 * node transport's {@code pkpSign} returns once the signing nodes have answered).
 */
final class PkpSignClient {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final AtomicLong REQUESTS = new AtomicLong();

    /**
     * A node's answer.
     *
     * @param nodeUrl the node asked
     * @param status the HTTP status
     * @param body the JSON body: the signature share, or the node's error
     */
    record Answer(String nodeUrl, int status, JsonValue.Obj body) {

        /**
         * The node's ECDSA signature share, or empty for the "fail share" of a node outside the signing subset
         * (quoted hex as Datil writes it, the quotes removed).
         */
        Optional<EcdsaSignatureShare> share() {
            JsonValue.Obj share = member(body, "signatureShare");
            String signatureShare = text(share, "signature_share").replace("\"", "");
            if (signatureShare.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(EcdsaSignatureShare.of(
                    nodeUrl,
                    signatureShare,
                    text(share, "big_r").replace("\"", ""),
                    text(share, "public_key").replace("\"", ""),
                    text(share, "digest").replace("\"", "")));
        }

        /** The Lit error code of a refusal. */
        String errorCode() {
            return text(body, "errorCode");
        }

        @Override
        public String toString() {
            return nodeUrl + " answered " + status + ": " + JsJson.stringify(body);
        }
    }

    private PkpSignClient() {}

    /** A fresh {@code X-Request-Id}: the nodes of one signing round must get the same one. */
    static String newRequestId() {
        return "lit4j_e2e_" + REQUESTS.incrementAndGet();
    }

    /**
     * Asks the node at {@code nodeUrl} to have {@code pkp} sign the 32-byte {@code digest} under {@code sessionSig},
     * in the signing round {@code requestId}.
     */
    static Answer sign(String nodeUrl, AuthSig sessionSig, PkpPublicKey pkp, byte[] digest, String requestId) {
        List<JsonValue> toSign = new ArrayList<>();
        for (byte b : digest) {
            toSign.add(new JsonValue.Num(b & 0xff));
        }
        JsonValue.Obj body = JsonValue.Obj.builder()
                .put("toSign", new JsonValue.Arr(toSign))
                .put("pubkey", JsonValue.of(pkp.hex0x()))
                .put("authSig", JsonValueParser.parse("authSig", AuthSigJson.toJson(sessionSig)))
                .put("epoch", new JsonValue.Num(1))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(nodeUrl + "/web/pkp/sign/v1"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Lit-SDK-Version", "7.4.0")
                .header("X-Lit-SDK-Type", "Typescript")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(JsJson.stringify(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while POSTing to " + request.uri(), e);
        }
        return new Answer(nodeUrl, response.statusCode(), (JsonValue.Obj)
                JsonValueParser.parse("answer of " + nodeUrl, response.body()));
    }

    private static JsonValue.Obj member(JsonValue.Obj object, String name) {
        return (JsonValue.Obj) object.get(name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + JsJson.stringify(object)));
    }

    private static String text(JsonValue.Obj object, String name) {
        return ((JsonValue.Str) object.get(name)
                        .orElseThrow(() -> new AssertionError("no " + name + " in " + JsJson.stringify(object))))
                .value();
    }
}
