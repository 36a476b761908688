package dev.lit4j.adapters.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * An HTTP server on loopback that answers every request with one fixed status and body: for the
 * answers a Lit node should never give (a huge body, an error without a Lit error body, a JSON array).
 */
final class StubNode implements AutoCloseable {
    private final HttpServer server;

    private StubNode(int status, byte[] body) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> answer(exchange, status, body));
        server.start();
    }

    /** A node that answers {@code status} with {@code body} as JSON. */
    static StubNode answering(int status, byte[] body) throws IOException {
        return new StubNode(status, body);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
