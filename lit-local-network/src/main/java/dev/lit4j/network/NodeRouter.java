package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Answers every HTTP exchange of one node: applies the node's faults, matches the route (POST, exact
 * path, {@code Content-Type: application/json}), applies the request guards, reads the JSON body and
 * calls the route's endpoint; every failure becomes a Lit error response.
 */
final class NodeRouter implements HttpHandler {
    static final String X_REQUEST_ID = "X-Request-Id";
    static final String X_CORRELATION_ID = "X-Correlation-Id";

    /**
     * One route.
     *
     * @param tracingRequired whether a missing correlation id is answered 418 (the handshake's
     *     {@code TracingRequired} guard) rather than made up
     */
    record Route(boolean tracingRequired, NodeEndpoint endpoint) {}

    private final Map<String, Route> routes;
    private final NodeContext node;
    private final CountDownLatch closing;

    NodeRouter(Map<String, Route> routes, NodeContext node, CountDownLatch closing) {
        this.routes = Map.copyOf(routes);
        this.node = node;
        this.closing = closing;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            waitOutDelay();
            if (node.faults().isAnsweringGarbage()) {
                send(exchange, 200, NodeFaults.GARBAGE_BODY);
                return;
            }
            String correlationId = correlationId(exchange.getRequestHeaders());
            try {
                Route route = route(exchange);
                if (correlationId == null) {
                    if (route.tracingRequired()) {
                        throw LitNodeError.of(
                                        NodeErrorCode.CORE_API_MISSING_REQUIRED_X_REQUEST_ID_HEADER,
                                        "Missing '" + X_REQUEST_ID + "' or '" + X_CORRELATION_ID + "' header.")
                                .withStatus(418);
                    }
                    correlationId = "LD-" + UUID.randomUUID();
                }
                send(exchange, 200, answer(route, exchange, correlationId).toString());
            } catch (LitNodeError e) {
                send(exchange, e.status(), e.toPublicJson(correlationId));
            } catch (ErrorAnswer e) {
                send(exchange, e.status(), e.body(correlationId));
            } catch (RuntimeException e) {
                // an endpoint bug: answer it as a node answers any uncoded failure, rather than drop the connection
                LitNodeError error = LitNodeError.uncoded(
                        ErrorKind.UNEXPECTED, e.getClass().getSimpleName() + ": " + e.getMessage());
                send(exchange, error.status(), error.toPublicJson(correlationId));
            }
        }
    }

    /** The route of a POST with a JSON body to a known path; an injected error stands before routing. */
    private Route route(HttpExchange exchange) {
        LitNodeError injected = node.faults().injectedError();
        if (injected != null) {
            throw injected;
        }
        String path = exchange.getRequestURI().getRawPath();
        Route route = routes.get(path);
        if (route == null || !"POST".equals(exchange.getRequestMethod()) || !isJson(exchange.getRequestHeaders())) {
            throw LitNodeError.of(
                    NodeErrorCode.CORE_API_ROUTE_NOT_FOUND,
                    "no route matches "
                            + exchange.getRequestMethod() + " " + path + " with Content-Type "
                            + exchange.getRequestHeaders().getFirst("Content-Type"));
        }
        return route;
    }

    private JsonElement answer(Route route, HttpExchange exchange, String correlationId) throws IOException {
        String sdkVersion = SdkVersionHeader.verify(exchange.getRequestHeaders().getFirst(SdkVersionHeader.NAME));
        JsonObject body = JsonBody.read(exchange.getRequestBody());
        NodeRequest request = new NodeRequest(
                exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), correlationId, sdkVersion, body);
        return route.endpoint().handle(request, node);
    }

    private void waitOutDelay() {
        Duration delay = node.faults().delay();
        if (delay.isZero()) {
            return;
        }
        try {
            closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code X-Correlation-Id}, else {@code X-Request-Id}, as lit-api-core picks it; null if neither. */
    private static String correlationId(Headers headers) {
        String correlationId = headers.getFirst(X_CORRELATION_ID);
        return correlationId != null ? correlationId : headers.getFirst(X_REQUEST_ID);
    }

    private static boolean isJson(Headers headers) {
        String contentType = headers.getFirst("Content-Type");
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.trim().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
