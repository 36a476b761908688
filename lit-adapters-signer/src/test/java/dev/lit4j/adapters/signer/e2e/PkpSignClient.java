package dev.lit4j.adapters.signer.e2e;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.JsonValueParser;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.pkp.PkpPublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /web/pkp/sign/v1} as the JS SDK's {@code pkpSign} sends it to one node (client spec §6.8):
 * {@code {"toSign":[<32 numbers>],"pubkey":"0x04…","authSig":{<that node's session sig>},"epoch":1}} with
 * the SDK's headers. The consumer of session sigs in these tests; the node transport port has no PKP signing.
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

        /** The PKP's signature ({@code signatureShare.signature}, {@code 0x} + r‖s‖v). */
        EcdsaSignature signature() {
            return EcdsaSignature.parseRsvHex("signatureShare.signature", text(member(body, "signatureShare"),
                    "signature"));
        }

        /** {@code signatureShare.dataSigned}: the digest the node signed, 64 hex digits. */
        String dataSigned() {
            return text(member(body, "signatureShare"), "dataSigned");
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

    private PkpSignClient() {
    }

    /** Asks the node at {@code nodeUrl} to have {@code pkp} sign the 32-byte {@code digest} under {@code sessionSig}. */
    static Answer sign(String nodeUrl, AuthSig sessionSig, PkpPublicKey pkp, byte[] digest) {
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
                .header("X-Request-Id", "lit4j_e2e_" + REQUESTS.incrementAndGet())
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
        return new Answer(nodeUrl, response.statusCode(),
                (JsonValue.Obj) JsonValueParser.parse("answer of " + nodeUrl, response.body()));
    }

    private static JsonValue.Obj member(JsonValue.Obj object, String name) {
        return (JsonValue.Obj) object.get(name).orElseThrow(() -> new AssertionError("no " + name + " in "
                + JsJson.stringify(object)));
    }

    private static String text(JsonValue.Obj object, String name) {
        return ((JsonValue.Str) object.get(name).orElseThrow(() -> new AssertionError("no " + name + " in "
                + JsJson.stringify(object)))).value();
    }
}
