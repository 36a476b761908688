package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.domain.port.NodeFailure;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link NodeHttp} reads answers no Lit node should give, over real HTTP. */
class NodeHttpTest {
    private final NodeHttp http = new NodeHttp(HttpClient.newHttpClient(), RetryPolicy.NONE, "7.4.0");

    private NodeReply post(StubNode node) {
        return http.post(
                        node.url(), NodeHttp.HANDSHAKE_PATH, "{}", "lit_0", Duration.ofSeconds(2), NodeHttp.Repeat.SAFE)
                .join();
    }

    private static NodeFailure failure(NodeReply reply) {
        return assertInstanceOf(NodeReply.Failure.class, reply).failure();
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefused() throws Exception {
        try (StubNode node = StubNode.answering(200, new byte[NodeHttp.MAX_ANSWER_BYTES + 1])) {
            NodeFailure failure = failure(post(node));

            assertEquals(NodeFailure.Kind.MALFORMED_ANSWER, failure.kind());
            assertEquals("the answer is larger than 1048576 bytes", failure.message());
        }
    }

    @Test
    void anAnswerAtTheLimitIsRead() throws Exception {
        byte[] body =
                ("{\"pad\":\"" + "x".repeat(NodeHttp.MAX_ANSWER_BYTES - 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (StubNode node = StubNode.answering(200, body)) {
            assertEquals(NodeHttp.MAX_ANSWER_BYTES, body.length);

            assertInstanceOf(NodeReply.Answer.class, post(node));
        }
    }

    @Test
    void anErrorWithoutALitErrorBodyIsAnHttpError() throws Exception {
        try (StubNode node = StubNode.answering(502, "{\"error\":\"bad gateway\"}".getBytes(StandardCharsets.UTF_8))) {
            NodeReply.Failure reply = assertInstanceOf(NodeReply.Failure.class, post(node));

            assertEquals(
                    new NodeFailure(
                            node.url(),
                            NodeFailure.Kind.HTTP_ERROR,
                            502,
                            null,
                            null,
                            "answered HTTP 502 without a Lit error body: \"{\"error\":\"bad gateway\"}\"",
                            List.of()),
                    reply.failure());
            assertEquals(NodeReply.Transience.TRANSIENT, reply.transience());
        }
    }

    @Test
    void anEmptyErrorIsAnHttpError() throws Exception {
        try (StubNode node = StubNode.answering(404, new byte[0])) {
            NodeReply.Failure reply = assertInstanceOf(NodeReply.Failure.class, post(node));

            assertEquals(
                    "answered HTTP 404 without a Lit error body",
                    reply.failure().message());
            assertEquals(NodeReply.Transience.PERMANENT, reply.transience());
        }
    }

    @Test
    void aLitErrorBodyIsReadFieldByField() throws Exception {
        String body =
                "{\"correlationId\":\"lit_0\",\"details\":[\"outer\",\"inner\"],\"errorCode\":\"NodeSIWEMessageError\","
                        + "\"errorKind\":\"Parser\",\"message\":\"Error parsing SIWE message\",\"status\":400}";
        try (StubNode node = StubNode.answering(400, body.getBytes(StandardCharsets.UTF_8))) {
            NodeReply.Failure reply = assertInstanceOf(NodeReply.Failure.class, post(node));

            assertEquals(
                    new NodeFailure(
                            node.url(),
                            NodeFailure.Kind.LIT_ERROR,
                            400,
                            "Parser",
                            "NodeSIWEMessageError",
                            "Error parsing SIWE message",
                            List.of("outer", "inner")),
                    reply.failure());
            assertEquals(NodeReply.Transience.PERMANENT, reply.transience());
        }
    }

    @Test
    void tooManyRequestsMayBeRetried() throws Exception {
        String body = "{\"errorCode\":\"rate_limit_exceeded\",\"errorKind\":\"Validation\",\"message\":\"slow down\","
                + "\"status\":429}";
        try (StubNode node = StubNode.answering(429, body.getBytes(StandardCharsets.UTF_8))) {
            assertEquals(
                    NodeReply.Transience.TRANSIENT,
                    assertInstanceOf(NodeReply.Failure.class, post(node)).transience());
        }
    }

    @Test
    void aJsonArrayIsNotAnAnswer() throws Exception {
        try (StubNode node = StubNode.answering(200, "[1,2]".getBytes(StandardCharsets.UTF_8))) {
            NodeFailure failure = failure(post(node));

            assertEquals(NodeFailure.Kind.MALFORMED_ANSWER, failure.kind());
            assertEquals("answered HTTP 200 but expected a JSON object, got \"[1,2]\"", failure.message());
        }
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() throws Exception {
        try (StubNode node = StubNode.answering(200, "{} {}".getBytes(StandardCharsets.UTF_8))) {
            assertEquals(
                    "answered HTTP 200 but the body is not JSON (unexpected text at line 1 column 5): \"{} {}\"",
                    failure(post(node)).message());
        }
    }

    @Test
    void aKeyRepeatedInTheAnswerIsRefusedNotResolved() throws Exception {
        byte[] body = "{\"result\":\"success\",\"result\":\"fail\"}".getBytes(StandardCharsets.UTF_8);
        try (StubNode node = StubNode.answering(200, body)) {
            assertEquals(
                    "answered HTTP 200 but the body is not JSON (result: the key appears twice):"
                            + " \"{\"result\":\"success\",\"result\":\"fail\"}\"",
                    failure(post(node)).message());
        }
    }

    @Test
    void aUrlThatCannotBeRequestedIsReportedNotThrown() {
        NodeFailure failure =
                failure(http.post("http://bad host", "/x", "{}", "lit_0", Duration.ofSeconds(1), NodeHttp.Repeat.SAFE)
                        .join());

        assertEquals(NodeFailure.Kind.UNREACHABLE, failure.kind());
        assertEquals("http://bad host", failure.nodeUrl());
    }

    @Test
    void aConnectionRefusedWasNeverSent() throws Exception {
        String url;
        try (StubNode node = StubNode.answering(200, new byte[0])) {
            url = node.url();
        }
        NodeReply.Failure reply = assertInstanceOf(
                NodeReply.Failure.class,
                http.post(url, "/x", "{}", "lit_0", Duration.ofSeconds(1), NodeHttp.Repeat.ONLY_IF_NOT_SENT)
                        .join());

        assertEquals(NodeFailure.Kind.UNREACHABLE, reply.failure().kind());
        assertEquals(NodeReply.Transience.NOT_SENT, reply.transience());
    }
}
