package dev.lit4j.adapters.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on loopback in front of one node: it answers the first {@code failures} requests with
 * HTTP 503 and a plain-text body, and forwards every later one to the node, relaying its answer. Shows
 * what a node that fails once and then recovers looks like to a client.
 */
final class FlakyProxy implements AutoCloseable {
    static final String FAILURE_BODY = "flaky proxy: failing on purpose";
    private static final List<String> FORWARDED_HEADERS = List.of(
            "Content-Type", "Accept", "X-Request-Id", "X-Correlation-Id", "X-Lit-SDK-Version", "X-Lit-SDK-Type");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String target;
    private final int failures;
    private final AtomicInteger requests = new AtomicInteger();

    private FlakyProxy(String target, int failures) throws IOException {
        this.target = target;
        this.failures = failures;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A proxy to the node at {@code targetUrl} that fails its first {@code failures} requests. */
    static FlakyProxy start(String targetUrl, int failures) throws IOException {
        return new FlakyProxy(targetUrl, failures);
    }

    /** The proxy's URL, to configure in place of the node's. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests the proxy received. */
    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (requests.incrementAndGet() <= failures) {
                send(exchange, 503, "text/plain", FAILURE_BODY.getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (String name : FORWARDED_HEADERS) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    forward.header(name, value);
                }
            }
            try {
                HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                send(
                        exchange,
                        answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse("application/json"),
                        answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                send(exchange, 502, "text/plain", new byte[0]);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
