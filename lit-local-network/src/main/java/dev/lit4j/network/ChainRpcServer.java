package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lit4j.network.chain.BlockIndexer;
import dev.lit4j.network.chain.ChainJsonRpc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local chain's Ethereum JSON-RPC endpoint on 127.0.0.1: {@code POST /} with a JSON-RPC 2.0 request
 * (or a batch of them), answered by {@link ChainJsonRpc}. This is the {@code rpcUrl} a JS SDK
 * {@code custom} network reads its node list from.
 *
 * <p>With a {@link BlockIndexer}, it also answers {@code GET} {@link BlockIndexer#PATH}, the block indexer's
 * call from which a JS SDK 8 client takes its SIWE nonce.
 *
 * <p>JSON-RPC errors are answered with HTTP 200, as Ethereum nodes do; a method other than POST is HTTP 405
 * and a body over {@link JsonBody#MAX_BYTES} is HTTP 413, both with a JSON-RPC error body.
 */
final class ChainRpcServer {
    private final HttpServer server;
    private final ExecutorService executor;
    private final ChainJsonRpc rpc;

    /**
     * Listens on {@code port} of 127.0.0.1 (0 for an ephemeral one) and starts answering.
     *
     * @throws dev.lit4j.domain.LitException if the port cannot be bound
     */
    ChainRpcServer(int port, ChainJsonRpc rpc) {
        this(port, rpc, null);
    }

    /**
     * As {@link #ChainRpcServer(int, ChainJsonRpc)}, also answering {@link BlockIndexer#PATH} from
     * {@code indexer} (none if null).
     */
    ChainRpcServer(int port, ChainJsonRpc rpc, BlockIndexer indexer) {
        this.rpc = rpc;
        this.server = LocalLitNode.bind(port);
        this.executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "lit-chain-rpc");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        if (indexer != null) {
            server.createContext(BlockIndexer.PATH, exchange -> mostRecentBlock(exchange, indexer));
        }
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stops answering and ends the threads. */
    void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Allow", "POST");
                send(
                        exchange,
                        405,
                        ChainJsonRpc.error(
                                JsonNull.INSTANCE,
                                ChainJsonRpc.INVALID_REQUEST,
                                "invalid request: JSON-RPC is POSTed, not sent with " + exchange.getRequestMethod()));
                return;
            }
            byte[] body = exchange.getRequestBody().readNBytes(JsonBody.MAX_BYTES + 1);
            if (body.length > JsonBody.MAX_BYTES) {
                send(
                        exchange,
                        413,
                        ChainJsonRpc.error(
                                JsonNull.INSTANCE,
                                ChainJsonRpc.INVALID_REQUEST,
                                "invalid request: the body is larger than " + JsonBody.MAX_BYTES + " bytes"));
                return;
            }
            send(exchange, 200, answer(new String(body, StandardCharsets.UTF_8)));
        }
    }

    private static void mostRecentBlock(HttpExchange exchange, BlockIndexer indexer) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!"GET".equals(exchange.getRequestMethod())
                    || !BlockIndexer.PATH.equals(exchange.getRequestURI().getPath())) {
                JsonObject error = new JsonObject();
                error.addProperty("error", "the block indexer answers only GET " + BlockIndexer.PATH);
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, "GET".equals(exchange.getRequestMethod()) ? 404 : 405, error);
                return;
            }
            send(exchange, 200, indexer.mostRecentValidBlock());
        }
    }

    private JsonElement answer(String body) {
        JsonElement request;
        try {
            request = JsonBody.parse(body);
        } catch (JsonParseException e) {
            return ChainJsonRpc.error(
                    JsonNull.INSTANCE,
                    ChainJsonRpc.PARSE_ERROR,
                    "parse error: the body is not" + " JSON (" + e.getMessage() + ")");
        }
        if (!request.isJsonArray()) {
            return rpc.answer(request);
        }
        JsonArray batch = request.getAsJsonArray();
        if (batch.isEmpty()) {
            return ChainJsonRpc.error(
                    JsonNull.INSTANCE, ChainJsonRpc.INVALID_REQUEST, "invalid request: an empty batch");
        }
        JsonArray answers = new JsonArray();
        batch.forEach(one -> answers.add(rpc.answer(one)));
        return answers;
    }

    private static void send(HttpExchange exchange, int status, JsonElement answer) throws IOException {
        byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
