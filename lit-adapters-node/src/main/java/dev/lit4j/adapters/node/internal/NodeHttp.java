package dev.lit4j.adapters.node.internal;

import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.port.NodeFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Posts one JSON request to one node with the headers of client spec §8.4, retries it as the
 * {@link RetryPolicy} and the call's {@link Repeat} allow, and turns every outcome into a
 * {@link NodeReply}: the node's JSON answer, or a {@link NodeFailure} naming the node and its reason.
 * Never completes exceptionally. Thread-safe.
 */
public final class NodeHttp {
    /** The handshake path as the JS SDK composes it ({@code /web/handshake} + V0 {@code /}). */
    public static final String HANDSHAKE_PATH = "/web/handshake/";
    /** The Datil session-key signing path. */
    public static final String SIGN_SESSION_KEY_PATH = "/web/sign_session_key/v1";
    /** The decryption path as the JS SDK composes it: unversioned, with the V0 trailing slash. */
    public static final String ENCRYPTION_SIGN_PATH = "/web/encryption/sign/";
    /** The {@code X-Lit-SDK-Type} header value: informational for the nodes. */
    public static final String SDK_TYPE = "Lit4j";
    /** The largest answer read from a node; Datil answers are a few kilobytes. */
    public static final int MAX_ANSWER_BYTES = 1 << 20;

    /** Whether a call may be sent again. */
    public enum Repeat {
        /** Repeating changes nothing on the node (handshake): retry after any transient failure. */
        SAFE,
        /** The node may act on the request once only (sign_session_key): retry only if it was never sent. */
        ONLY_IF_NOT_SENT
    }

    private final HttpClient client;
    private final RetryPolicy retryPolicy;
    private final String sdkVersion;

    public NodeHttp(HttpClient client, RetryPolicy retryPolicy, String sdkVersion) {
        this.client = client;
        this.retryPolicy = retryPolicy;
        this.sdkVersion = sdkVersion;
    }

    /**
     * Posts {@code body} to {@code nodeUrl + path}.
     *
     * @param requestId the {@code X-Request-Id}, shared by every node of one operation and its retries
     * @param timeout how long each attempt may take
     */
    public CompletableFuture<NodeReply> post(
            String nodeUrl, String path, String body, String requestId, Duration timeout, Repeat repeat) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(nodeUrl + path))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-Lit-SDK-Version", sdkVersion)
                    .header("X-Lit-SDK-Type", SDK_TYPE)
                    .header("X-Request-Id", requestId)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (nodeUrl.startsWith("http:")) {
                // Lit nodes speak HTTP/1.1 in clear text; this skips the client's h2c upgrade attempt
                builder.version(HttpClient.Version.HTTP_1_1);
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(failure(
                    nodeUrl,
                    NodeFailure.Kind.UNREACHABLE,
                    "cannot make a request to \"" + nodeUrl + path + "\": " + e.getMessage(),
                    NodeReply.Transience.PERMANENT));
        }
        return attempt(request, nodeUrl, timeout, repeat, 1);
    }

    private CompletableFuture<NodeReply> attempt(
            HttpRequest request, String nodeUrl, Duration timeout, Repeat repeat, int attempt) {
        return sendOnce(request, nodeUrl, timeout).thenCompose(reply -> {
            if (reply instanceof NodeReply.Failure failure) {
                if (attempt < retryPolicy.maxAttempts() && mayRepeat(failure.transience(), repeat)) {
                    Executor later = CompletableFuture.delayedExecutor(
                            retryPolicy.backoffBefore(attempt + 1).toNanos(), TimeUnit.NANOSECONDS);
                    return CompletableFuture.supplyAsync(() -> attempt + 1, later)
                            .thenCompose(next -> attempt(request, nodeUrl, timeout, repeat, next));
                }
                if (attempt > 1) {
                    return CompletableFuture.completedFuture(afterAttempts(failure, attempt));
                }
            }
            return CompletableFuture.completedFuture(reply);
        });
    }

    private CompletableFuture<NodeReply> sendOnce(HttpRequest request, String nodeUrl, Duration timeout) {
        try {
            return client.sendAsync(request, BoundedBody.handler(MAX_ANSWER_BYTES))
                    .handle((response, error) ->
                            error != null ? failed(nodeUrl, timeout, unwrap(error)) : interpret(nodeUrl, response));
        } catch (RuntimeException e) {
            // sendAsync throws only for requests the client cannot take at all
            return CompletableFuture.completedFuture(failed(nodeUrl, timeout, e));
        }
    }

    private static NodeReply interpret(String nodeUrl, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 200 && status < 300) {
            try {
                return new NodeReply.Answer(nodeUrl, AnswerJson.parseObject(body));
            } catch (MalformedAnswerException e) {
                return new NodeReply.Failure(
                        new NodeFailure(
                                nodeUrl,
                                NodeFailure.Kind.MALFORMED_ANSWER,
                                status,
                                null,
                                null,
                                "answered HTTP " + status + " but " + e.getMessage(),
                                List.of()),
                        NodeReply.Transience.PERMANENT);
            }
        }
        NodeReply.Transience transience =
                status >= 500 || status == 429 ? NodeReply.Transience.TRANSIENT : NodeReply.Transience.PERMANENT;
        NodeFailure failure = LitErrorBody.parse(nodeUrl, status, body)
                .orElseGet(() -> new NodeFailure(
                        nodeUrl,
                        NodeFailure.Kind.HTTP_ERROR,
                        status,
                        null,
                        null,
                        "answered HTTP " + status + " without a Lit error body"
                                + (body.isEmpty() ? "" : ": " + AnswerJson.quote(body)),
                        List.of()));
        return new NodeReply.Failure(failure, transience, errorBody(body));
    }

    private static JsonValue.Obj errorBody(String body) {
        try {
            return AnswerJson.parseObject(body);
        } catch (MalformedAnswerException e) {
            return null;
        }
    }

    private static NodeReply failed(String nodeUrl, Duration timeout, Throwable error) {
        if (error instanceof HttpConnectTimeoutException) {
            return failure(
                    nodeUrl,
                    NodeFailure.Kind.TIMEOUT,
                    "could not connect within " + timeout.toMillis() + " ms",
                    NodeReply.Transience.NOT_SENT);
        }
        if (error instanceof HttpTimeoutException) {
            return failure(
                    nodeUrl,
                    NodeFailure.Kind.TIMEOUT,
                    "no answer within " + timeout.toMillis() + " ms",
                    NodeReply.Transience.TRANSIENT);
        }
        if (error instanceof BoundedBody.TooLargeException) {
            return failure(
                    nodeUrl, NodeFailure.Kind.MALFORMED_ANSWER, error.getMessage(), NodeReply.Transience.PERMANENT);
        }
        if (causedBy(error, UnresolvedAddressException.class) || causedBy(error, UnknownHostException.class)) {
            return failure(
                    nodeUrl,
                    NodeFailure.Kind.UNREACHABLE,
                    "unknown host " + host(nodeUrl),
                    NodeReply.Transience.NOT_SENT);
        }
        if (error instanceof ConnectException) {
            return failure(
                    nodeUrl,
                    NodeFailure.Kind.UNREACHABLE,
                    "connection refused (nothing listens at " + host(nodeUrl) + ")",
                    NodeReply.Transience.NOT_SENT);
        }
        if (error instanceof IOException) {
            return failure(
                    nodeUrl,
                    NodeFailure.Kind.UNREACHABLE,
                    "the connection broke before an answer (" + describe(error) + ")",
                    NodeReply.Transience.TRANSIENT);
        }
        return failure(
                nodeUrl,
                NodeFailure.Kind.UNREACHABLE,
                "the request failed (" + describe(error) + ")",
                NodeReply.Transience.PERMANENT);
    }

    private static boolean mayRepeat(NodeReply.Transience transience, Repeat repeat) {
        return switch (transience) {
            case PERMANENT -> false;
            case TRANSIENT -> repeat == Repeat.SAFE;
            case NOT_SENT -> true;
        };
    }

    private static NodeReply afterAttempts(NodeReply.Failure failure, int attempts) {
        NodeFailure f = failure.failure();
        return new NodeReply.Failure(
                new NodeFailure(
                        f.nodeUrl(),
                        f.kind(),
                        f.httpStatus(),
                        f.errorKind(),
                        f.errorCode(),
                        f.message() + " (after " + attempts + " attempts)",
                        f.details()),
                failure.transience(),
                failure.errorBody());
    }

    private static NodeReply failure(
            String nodeUrl, NodeFailure.Kind kind, String message, NodeReply.Transience transience) {
        return new NodeReply.Failure(NodeFailure.of(nodeUrl, kind, message), transience);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    // the operating system's words where there are some; a class name only when nothing else says what happened
    private static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return "an I/O error";
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    // host:port of a URL this client was configured with
    private static String host(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() == null
                    ? url
                    : uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
