package dev.lit4j.network;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP client for the tests: posts to a node the way the JS SDK does. */
final class NodeClient {
    static final String HANDSHAKE_BODY = "{\"clientPublicKey\":\"test\",\"challenge\":\""
            + "5b0e8c3f9a1d47e2b6c0f4a8d3e7b1c9a2f6e0d4c8b3a7f1e5d9c2b6a0f4e8d3\",\"epoch\":31316}";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** An HTTP answer. */
    record Answer(int status, String contentType, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private NodeClient() {}

    /** A POST with {@code Content-Type: application/json} and the given extra header name/value pairs. */
    static HttpRequest.Builder post(String url, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    /** The JS SDK's headers, the id given. */
    static String[] sdkHeaders(String requestId) {
        return new String[] {
            "Content-Type",
            "application/json",
            "Accept",
            "application/json",
            "X-Lit-SDK-Version",
            "7.4.0",
            "X-Lit-SDK-Type",
            "Typescript",
            "X-Request-Id",
            requestId
        };
    }

    static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    static CompletableFuture<Answer> sendAsync(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(NodeClient::answer);
    }

    static Answer handshake(String url) throws IOException, InterruptedException {
        return send(post(url, "/web/handshake/", HANDSHAKE_BODY, sdkHeaders("lit_9f3c2a71b0d4e")));
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }
}
