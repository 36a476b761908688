package dev.lit4j.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeFailureTest {
    private static final String URL = "http://127.0.0.1:7470";

    @Test
    void describesALitErrorWithCodeStatusKindAndDetails() {
        NodeFailure failure = new NodeFailure(
                URL,
                NodeFailure.Kind.LIT_ERROR,
                401,
                "Validation",
                "NodePKPNotAuthorized",
                "The PKP permissions check failed",
                List.of("scope [2] not met"));

        assertEquals(
                "http://127.0.0.1:7470: NodePKPNotAuthorized (HTTP 401, Validation): The PKP permissions check"
                        + " failed [scope [2] not met]",
                failure.describe());
        assertEquals(401, failure.httpStatus());
        assertEquals("Validation", failure.errorKind());
        assertEquals("NodePKPNotAuthorized", failure.errorCode());
    }

    @Test
    void describesAnUncodedErrorByItsKind() {
        NodeFailure failure = new NodeFailure(
                URL,
                NodeFailure.Kind.LIT_ERROR,
                500,
                "Unexpected",
                null,
                "An unexpected error has occured.",
                List.of());

        assertEquals(
                "http://127.0.0.1:7470: LIT_ERROR (HTTP 500, Unexpected): An unexpected error has occured.",
                failure.describe());
    }

    @Test
    void describesAFailureWithoutAnAnswerByItsMessageOnly() {
        NodeFailure failure = NodeFailure.of(URL, NodeFailure.Kind.TIMEOUT, "no answer within 2000 ms");

        assertEquals("http://127.0.0.1:7470: no answer within 2000 ms", failure.describe());
        assertEquals(0, failure.httpStatus());
        assertNull(failure.errorCode());
        assertNull(failure.errorKind());
    }

    @Test
    void rejectsMissingPartsAndImpossibleStatuses() {
        assertEquals(
                "nodeFailure.nodeUrl: is missing",
                assertThrows(InvalidInputException.class, () -> NodeFailure.of(null, NodeFailure.Kind.TIMEOUT, "x"))
                        .getMessage());
        assertEquals(
                "nodeFailure.kind: is missing",
                assertThrows(InvalidInputException.class, () -> NodeFailure.of(URL, null, "x"))
                        .getMessage());
        assertEquals(
                "nodeFailure.message: is missing",
                assertThrows(InvalidInputException.class, () -> NodeFailure.of(URL, NodeFailure.Kind.TIMEOUT, null))
                        .getMessage());
        assertEquals(
                "nodeFailure.details: is missing",
                assertThrows(
                                InvalidInputException.class,
                                () -> new NodeFailure(URL, NodeFailure.Kind.HTTP_ERROR, 502, null, null, "x", null))
                        .getMessage());
        assertEquals(
                "nodeFailure.httpStatus: must be 0 (no HTTP answer) or 100..599, got 600",
                assertThrows(
                                InvalidInputException.class,
                                () -> new NodeFailure(
                                        URL, NodeFailure.Kind.HTTP_ERROR, 600, null, null, "x", List.of()))
                        .getMessage());
    }

    @Test
    void copiesItsDetails() {
        List<String> details = new ArrayList<>(List.of("a"));
        NodeFailure failure = new NodeFailure(URL, NodeFailure.Kind.LIT_ERROR, 400, "Parser", null, "m", details);
        details.add("b");

        assertEquals(List.of("a"), failure.details());
    }

    @Test
    void exceptionCarriesEachNodesFailureAndSurvivesSerialization() throws Exception {
        NodeFailure failure = NodeFailure.of(URL, NodeFailure.Kind.UNREACHABLE, "connection refused");
        NodeException exception = new NodeException("1 of 3 nodes failed", List.of(failure));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(exception);
        }
        NodeException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (NodeException) in.readObject();
        }

        assertEquals(List.of(failure), exception.failures());
        assertEquals(List.of(failure), copy.failures());
        assertEquals("1 of 3 nodes failed", copy.getMessage());
    }

    @Test
    void theEarlierConstructorsCarryNoFailures() {
        assertTrue(new NodeException("down").failures().isEmpty());
        IllegalStateException cause = new IllegalStateException("x");
        NodeException withCause = new NodeException("down", cause);
        assertTrue(withCause.failures().isEmpty());
        assertEquals(cause, withCause.getCause());
    }
}
