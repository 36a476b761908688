package dev.lit4j.adapters.node.naga;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lit4j.domain.naga.BoxKeyPair;
import dev.lit4j.domain.naga.NagaEnvelope;
import dev.lit4j.domain.naga.OpenedEnvelope;
import dev.lit4j.domain.naga.internal.GenericResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A minimal Naga node for tests: a wrapped handshake with its X25519 identity key, and {@code /v2} routes that open
 * the sealed request with that key and seal the answer back to the request's {@code verification_key}, as lit-peer
 * does (operations spec §5.3, §5.10). What each route answers is the test's choice.
 */
final class NagaStubNode implements AutoCloseable {
    static final String KEY =
            "a6f7c284ac766db1b43f8c65d8ff15c7271a05b0863b5205d96459fd32aa353e9390ce0626560fb76720c1a5c8ca6902";
    static final String BLOCKHASH = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    static final String HD_KEY = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";

    /** What a route answers: an HTTP status and a plaintext to seal, or a body to send as it is. */
    record Reply(int status, String sealedPlaintext, String plainBody) {
        static Reply sealed(int status, GenericResponse response) {
            return new Reply(status, response.toJson(), null);
        }

        static Reply plain(int status, String body) {
            return new Reply(status, null, body);
        }
    }

    /** One request a {@code /v2} route received. */
    record Received(String path, Map<String, List<String>> headers, String body, String plaintext) {}

    final BoxKeyPair identity = BoxKeyPair.generate();
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<String, Reply>> routes = new ConcurrentHashMap<>();
    private final HttpServer server;
    volatile String handshake;
    volatile BoxKeyPair sealer = identity;

    NagaStubNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handshake = handshakeAnswer(identity.publicKey().hex(), KEY);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code path} with {@code reply} of the request's plaintext. */
    NagaStubNode route(String path, Function<String, Reply> reply) {
        routes.put(path, reply);
        return this;
    }

    /** Answers the handshake with {@code key} as every network key (and the given identity key). */
    void networkKey(String key) {
        handshake = handshakeAnswer(identity.publicKey().hex(), key);
    }

    static String handshakeAnswer(String identityKey, String key) {
        return "{\"ok\":true,\"error\":null,\"errorObject\":null,\"data\":{\"serverPublicKey\":\"\",\"subnetPublicKey\":\""
                + key + "\",\"networkPublicKey\":\"" + key + "\",\"networkPublicKeySet\":\"" + key
                + "\",\"clientSdkVersion\":\"8.0.0-naga-local\",\"hdRootPubkeys\":[\"" + HD_KEY
                + "\"],\"attestation\":null,"
                + "\"latestBlockhash\":\"" + BLOCKHASH + "\",\"nodeVersion\":\"0.1.0\""
                + (identityKey == null ? "" : ",\"nodeIdentityKey\":\"" + identityKey + "\"")
                + ",\"epoch\":7,\"gitCommitHash\":\"1a469b7\"}}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/web/handshake/")) {
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, null));
            send(exchange, 200, handshake);
            return;
        }
        Function<String, Reply> route = routes.get(path);
        if (route == null) {
            send(exchange, 404, "{}");
            return;
        }
        NagaEnvelope request = NagaEnvelope.parse(body);
        OpenedEnvelope opened = request.open(identity);
        received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, opened.plaintext()));
        Reply reply = route.apply(opened.plaintext());
        send(
                exchange,
                reply.status(),
                reply.plainBody() != null
                        ? reply.plainBody()
                        : NagaEnvelope.seal(sealer, request.verificationKey(), reply.sealedPlaintext(), Instant.now())
                                .toJson());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
