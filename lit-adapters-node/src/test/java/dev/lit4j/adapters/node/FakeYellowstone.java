package dev.lit4j.adapters.node;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for the Chronicle Yellowstone JSON-RPC endpoint on loopback: answers {@code eth_chainId}
 * with a chain id and {@code eth_call} with recorded return data, and keeps every request it got.
 */
final class FakeYellowstone implements AutoCloseable {
    private final HttpServer server;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long chainId = LitNetwork.CHRONICLE_YELLOWSTONE_CHAIN_ID;
    private volatile String returnData;
    private volatile String error;

    private FakeYellowstone(String returnData) throws IOException {
        this.returnData = returnData;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    /** An endpoint whose {@code eth_call} returns {@code returnData}. */
    static FakeYellowstone start(String returnData) throws IOException {
        return new FakeYellowstone(returnData);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void chainId(long value) {
        this.chainId = value;
    }

    void returnData(String value) {
        this.returnData = value;
    }

    /** Answers every call with this JSON-RPC error object from now on. */
    void error(String errorJson) {
        this.error = errorJson;
    }

    List<JsonObject> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonObject request = JsonParser.parseString(
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            requests.add(request);
            String method = request.get("method").getAsString();
            String answer = error != null
                    ? "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":" + error + "}"
                    : "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\""
                            + (method.equals("eth_chainId") ? "0x" + Long.toHexString(chainId) : returnData) + "\"}";
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
        }
    }
}
