package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.lit4j.adapters.node.internal.SignSessionKeyBody;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.NodeRequest;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import dev.lit4j.testkit.transport.TransportAssertions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code sign_session_key} through {@link HttpNodeTransport} against a {@code LocalLitNetwork} over real HTTP. */
class HttpNodeTransportSignTest {
    private final List<TestNetwork> running = new ArrayList<>();

    private TestNetwork start(int nodeCount) {
        TestNetwork network = TestNetwork.start(nodeCount);
        running.add(network);
        return network;
    }

    @AfterEach
    void stop() {
        running.forEach(TestNetwork::close);
    }

    private static SignSessionKeyRequest request(TestNetwork local, HttpNodeTransport transport) {
        return local.request(transport.latestBlockhash());
    }

    @Test
    void theNodesSignTheirOwnSiweWithTheAuthContextInItsRecap() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);

        AuthSig authSig = transport.signSessionKey(request);

        assertNotEquals(
                SiweMessage.parse(request.siweMessage()).resources(),
                SiweMessage.parse(authSig.signedMessage()).resources(),
                "the nodes' SIWE, with the auth context in its ReCap");
        TransportAssertions.assertSessionKeySigned(local.networkKey(), request, authSig);
    }

    @Test
    void signsWithTenNodes() {
        TestNetwork local = start(10);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);

        TransportAssertions.assertSessionKeySigned(local.networkKey(), request, transport.signSessionKey(request));
    }

    @Test
    void sendsTheDatilRequestWithOneRequestIdAndTheSdkHeadersToEveryNode() throws InterruptedException {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);

        transport.signSessionKey(request);
        awaitRequests(local, 3);

        List<NodeRequest> received = local.endpoint.requests();
        Set<String> ids = received.stream().map(NodeRequest::correlationId).collect(Collectors.toSet());
        assertEquals(1, ids.size(), ids.toString());
        assertTrue(ids.iterator().next().matches("lit_[0-9a-f]{16}"), ids.toString());
        for (NodeRequest r : received) {
            assertEquals("/web/sign_session_key/v1", r.path());
            assertEquals(NodeTransportConfig.DEFAULT_SDK_VERSION, r.sdkVersion());
            assertEquals("Lit4j", r.header("X-Lit-SDK-Type").orElseThrow());
            assertEquals("application/json", r.header("Accept").orElseThrow());
            JsonObject body = r.body();
            assertEquals(
                    List.of("sessionKey", "authMethods", "pkpPublicKey", "siweMessage", "curveType"),
                    List.copyOf(body.keySet()));
            assertEquals(SignSessionKeyBody.write(request, OptionalLong.empty()), body.toString());
        }
    }

    @Test
    void doesNotWaitForANodeThatIsSlowByTwoSeconds() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(1).faults().slow(Duration.ofSeconds(2));

        long start = System.nanoTime();
        AuthSig authSig = transport.signSessionKey(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Not a speed claim (those are JMH's job) but the quorum behaviour itself: the call returns once the
        // threshold of shares is in, so it cannot take the slow node's 2 s. The bound is generous for CI.
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "took " + took);
        TransportAssertions.assertSessionKeySigned(local.networkKey(), request, authSig);
    }

    @Test
    void aWrongShareCostsOneMoreAnswerNotTheRequest() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(0).faults().wrongBlsShare(true);

        TransportAssertions.assertSessionKeySigned(local.networkKey(), request, transport.signSessionKey(request));
    }

    @Test
    void whenNoCombinationVerifiesEveryShareIsReported() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(0).faults().wrongBlsShare(true);
        local.network.node(1).faults().wrongBlsShare(true);

        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "signSessionKey: 3 of 3 nodes returned a valid share, 2 are needed (the"
                                        + " threshold) and must combine to a signature valid under the network key; the others: "),
                e.getMessage());
        assertEquals(3, e.failures().size());
        for (NodeFailure failure : e.failures()) {
            assertEquals(NodeFailure.Kind.INVALID_SHARE, failure.kind());
            assertEquals(
                    "its share is in no combination of 2 shares that verifies under the network key",
                    failure.message());
        }
    }

    @Test
    void litErrorsAreCollectedPerNodeAndNeverRetried() throws InterruptedException {
        TestNetwork local = start(3);
        HttpNodeTransport transport = HttpNodeTransport.create(
                local.config().retryPolicy(RetryPolicy.DEFAULT).build());
        SignSessionKeyRequest request = local.request(transport.latestBlockhash(), FakeWalletSigner.random());
        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));

        assertTrue(
                e.getMessage().startsWith("signSessionKey: 0 of 3 nodes returned a valid share, 2 are needed"),
                e.getMessage());
        // two refusals of three leave the threshold of 2 out of reach, so the third answer may not be awaited
        assertTrue(e.failures().size() >= 2, e.failures().toString());
        for (NodeFailure failure : e.failures()) {
            assertEquals(NodeFailure.Kind.LIT_ERROR, failure.kind());
            assertEquals(401, failure.httpStatus());
            assertEquals("Validation", failure.errorKind());
            assertEquals("NodeAuthSigScopeTooLimited", failure.errorCode());
            assertEquals("auth_sig scope that is passed does not support the requested operation", failure.message());
            assertEquals(
                    List.of("None of the AuthMethods, AuthSig or Lit Actions meet the requires scope [2]."),
                    failure.details());
            assertTrue(
                    e.getMessage()
                            .contains(
                                    failure.nodeUrl() + ": NodeAuthSigScopeTooLimited (HTTP 401, Validation):"
                                            + " auth_sig scope that is passed does not support the requested operation [None of the"),
                    e.getMessage());
        }
        // the third request may be abandoned once the threshold is out of reach (it may still reach its node,
        // unawaited); none is ever repeated
        awaitRequests(local, e.failures().size());
        assertTrue(
                local.endpoint.requests().size() <= 3, local.endpoint.requests().toString());
        Thread.sleep(200);
        for (int i = 0; i < 3; i++) {
            assertTrue(local.endpoint.calls(i) <= 1, "node " + i + " was asked " + local.endpoint.calls(i) + " times");
        }
    }

    @Test
    void garbageAndServerErrorsAreReportedPerNodeBelowTheThreshold() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(0).faults().answerGarbage();
        local.network.node(1).faults().answerServerError();

        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));

        // the healthy node's share may or may not be in before the two failures put the threshold out of reach
        assertTrue(
                e.getMessage().matches("signSessionKey: [01] of 3 nodes returned a valid share, 2 are needed .*"),
                e.getMessage());
        assertEquals(2, e.failures().size(), e.failures().toString());
        NodeFailure garbage = failureOf(e, local.url(0));
        assertEquals(NodeFailure.Kind.MALFORMED_ANSWER, garbage.kind());
        NodeFailure serverError = failureOf(e, local.url(1));
        assertEquals(NodeFailure.Kind.LIT_ERROR, serverError.kind());
        assertEquals(500, serverError.httpStatus());
        assertEquals("An unexpected error has occured.", serverError.message(), "a node that answered is not retried");
    }

    @Test
    void fewerNodesThanTheThresholdIsAClearError() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(1).faults().down();
        local.network.node(2).faults().down();

        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));

        // whether node 0's share is in before the refusals put the threshold out of reach is a race
        assertTrue(
                e.getMessage()
                        .matches("signSessionKey: [01] of 3 nodes returned a valid share, 2 are needed \\(the"
                                + " threshold\\).*"),
                e.getMessage());
        for (int i = 1; i <= 2; i++) {
            NodeFailure failure = failureOf(e, local.url(i));
            assertEquals(NodeFailure.Kind.UNREACHABLE, failure.kind());
            assertTrue(failure.message().endsWith("(after 2 attempts)"), "never sent, so retried: " + failure);
        }
    }

    @Test
    void givesUpWithoutWaitingForASlowNodeOnceTheThresholdIsOutOfReach() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(0).faults().answerServerError();
        local.network.node(1).faults().answerGarbage();
        local.network.node(2).faults().slow(Duration.ofSeconds(3));

        long start = System.nanoTime();
        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // behavioural, like the slow-node test: two failures out of three leave the threshold out of reach
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "took " + took);
        assertTrue(
                e.getMessage()
                        .contains("(1 more could not have made up the difference and were not awaited: [" + local.url(2)
                                + "])"),
                e.getMessage());
    }

    @Test
    void aNodeSlowerThanTheRequestTimeoutIsReportedAsTimedOut() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = HttpNodeTransport.create(local.config()
                .requestTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.NONE)
                .build());
        SignSessionKeyRequest request = request(local, transport);
        local.network.node(0).faults().slow(Duration.ofSeconds(3));
        local.network.node(1).faults().slow(Duration.ofSeconds(3));

        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));

        for (int i = 0; i <= 1; i++) {
            NodeFailure failure = failureOf(e, local.url(i));
            assertEquals(NodeFailure.Kind.TIMEOUT, failure.kind());
            assertEquals("no answer within 300 ms", failure.message());
        }
    }

    /**
     * The transport returns at the threshold; the remaining requests may still be on their way: waits until at
     * least {@code count} have arrived.
     */
    private static void awaitRequests(TestNetwork local, int count) throws InterruptedException {
        // a bound for a loaded machine, not a speed requirement: the loop ends as soon as the requests are in
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (local.endpoint.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(
                local.endpoint.requests().size() >= count,
                local.endpoint.requests().size() + " requests arrived, " + count + " expected");
    }

    private static NodeFailure failureOf(NodeException e, String url) {
        return e.failures().stream()
                .filter(f -> f.nodeUrl().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + url + " in " + e.failures()));
    }
}
