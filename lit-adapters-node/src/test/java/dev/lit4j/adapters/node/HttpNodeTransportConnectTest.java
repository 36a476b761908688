package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.network.NodeFaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connecting to a {@code LocalLitNetwork} over real HTTP: handshake, consensus, quorum and failures. */
class HttpNodeTransportConnectTest {
    private final List<AutoCloseable> running = new ArrayList<>();

    private TestNetwork start(int nodeCount) {
        TestNetwork network = TestNetwork.start(nodeCount);
        running.add(network);
        return network;
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
    }

    @Test
    void connectsToThreeNodes() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();

        ConnectedNetwork network = transport.network();
        NodeConnection connection = transport.connection();

        assertEquals(Set.copyOf(local.network.nodeUrls()), Set.copyOf(network.nodeUrls()));
        assertEquals(2, network.threshold());
        assertEquals(local.networkKey(), network.networkPublicKey());
        assertEquals(local.networkKey(), connection.subnetPublicKey());
        assertEquals(local.network.keys().hdRootPubkeys(), connection.hdRootPubkeys());
        assertEquals(List.of(), connection.leftOut());
        assertTrue(connection.epoch().isEmpty());
        assertSame(connection, transport.connection(), "connected once, then reused");
    }

    @Test
    void connectsToTenNodes() {
        TestNetwork local = start(10);

        ConnectedNetwork network = local.transport().network();

        assertEquals(Set.copyOf(local.network.nodeUrls()), Set.copyOf(network.nodeUrls()));
        assertEquals(6, network.threshold());
    }

    @Test
    void concurrentFirstCallsShareOneConnection() throws Exception {
        TestNetwork local = start(3);
        HttpNodeTransport transport = local.transport();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<NodeConnection>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(transport::connection);
            }
            List<Future<NodeConnection>> results = callers.invokeAll(calls);
            for (Future<NodeConnection> result : results) {
                assertSame(results.get(0).get(), result.get());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aNodeThatIsDownIsLeftOutAndReported() {
        TestNetwork local = start(3);
        local.network.node(1).faults().down();
        HttpNodeTransport transport = local.transport();

        NodeConnection connection = transport.connection();

        assertEquals(
                Set.of(local.url(0), local.url(2)),
                Set.copyOf(connection.network().nodeUrls()));
        assertEquals(2, connection.network().threshold());
        NodeFailure failure = single(connection.leftOut());
        assertEquals(local.url(1), failure.nodeUrl());
        assertEquals(NodeFailure.Kind.UNREACHABLE, failure.kind());
        assertTrue(
                failure.message()
                        .startsWith("connection refused (nothing listens at "
                                + local.url(1).substring("http://".length()) + ")"),
                failure.message());
        assertTrue(failure.message().endsWith("(after 2 attempts)"), failure.message());
    }

    @Test
    void anUnknownHostIsCalledSo() {
        HttpNodeTransport transport =
                HttpNodeTransport.create(NodeTransportConfig.custom(List.of("http://no-such-host.invalid:7470"))
                        .build());

        NodeException e = assertThrows(NodeException.class, transport::network);

        assertTrue(
                e.getMessage()
                        .startsWith("handshake: the node gave no usable answer: http://no-such-host.invalid:7470:"
                                + " unknown host no-such-host.invalid:7470"),
                e.getMessage());
    }

    @Test
    void fewerNodesThanTheThresholdIsAnErrorNamingEachNode() {
        TestNetwork local = start(3);
        local.network.node(0).faults().down();
        local.network.node(2).faults().down();

        NodeException e =
                assertThrows(NodeException.class, () -> local.transport().network());

        assertTrue(
                e.getMessage()
                        .startsWith("handshake: only 1 of 3 nodes answered in agreement, and 2 are needed"
                                + " (the threshold); the others: "),
                e.getMessage());
        assertTrue(e.getMessage().contains(local.url(0) + ": connection refused (nothing listens at "), e.getMessage());
        assertTrue(e.getMessage().contains(local.url(2) + ": connection refused (nothing listens at "), e.getMessage());
        assertEquals(Set.of(local.url(0), local.url(2)), Set.copyOf(urls(e.failures())));
        e.failures().forEach(f -> assertEquals(NodeFailure.Kind.UNREACHABLE, f.kind()));
    }

    @Test
    void garbageAndServerErrorsAreReportedPerNode() {
        TestNetwork local = start(3);
        local.network.node(0).faults().answerGarbage();
        local.network.node(1).faults().answerServerError();

        NodeException e =
                assertThrows(NodeException.class, () -> local.transport().network());

        NodeFailure garbage = failureOf(e, local.url(0));
        assertEquals(NodeFailure.Kind.MALFORMED_ANSWER, garbage.kind());
        assertEquals(200, garbage.httpStatus());
        assertEquals(
                "answered HTTP 200 but the body is not JSON (unexpected text at line 1 column 1): \""
                        + NodeFaults.GARBAGE_BODY + "\"",
                garbage.message());
        NodeFailure serverError = failureOf(e, local.url(1));
        assertEquals(NodeFailure.Kind.LIT_ERROR, serverError.kind());
        assertEquals(500, serverError.httpStatus());
        assertEquals("Unexpected", serverError.errorKind());
        assertEquals("An unexpected error has occured. (after 2 attempts)", serverError.message());
        assertEquals(List.of("fault injected by LocalLitNetwork"), serverError.details());
        assertTrue(
                e.getMessage().contains(local.url(0) + ": MALFORMED_ANSWER (HTTP 200): answered HTTP 200 but"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(local.url(1) + ": LIT_ERROR (HTTP 500, Unexpected): An unexpected error has"
                                + " occured. (after 2 attempts) [fault injected by LocalLitNetwork]"),
                e.getMessage());
    }

    @Test
    void aNodeWithAnotherNetworkKeyIsReportedAndExcluded() {
        TestNetwork honest = start(3);
        TestNetwork other = start(1);
        List<String> urls = new ArrayList<>(honest.network.nodeUrls());
        urls.add(other.url(0));
        HttpNodeTransport transport =
                HttpNodeTransport.create(honest.config().nodeUrls(urls).build());

        NodeConnection connection = transport.connection();

        assertEquals(
                Set.copyOf(honest.network.nodeUrls()),
                Set.copyOf(connection.network().nodeUrls()));
        assertEquals(honest.networkKey(), connection.network().networkPublicKey());
        assertEquals(2, connection.network().threshold(), "floor(2·4/3) of the 4 configured nodes");
        NodeFailure dissent = single(connection.leftOut());
        assertEquals(other.url(0), dissent.nodeUrl());
        assertEquals(NodeFailure.Kind.DISAGREES, dissent.kind());
        assertTrue(
                dissent.message()
                        .startsWith("its network keys differ from those of the 3 agreeing nodes:"
                                + " networkPublicKey "
                                + other.networkKey().hex().substring(0, 16) + "… where the majority has "
                                + honest.networkKey().hex().substring(0, 16) + "…"),
                dissent.message());
    }

    @Test
    void twoEquallyLargeGroupsWithDifferentKeysAreAnError() {
        TestNetwork a = start(2);
        TestNetwork b = start(2);
        List<String> urls = new ArrayList<>(a.network.nodeUrls());
        urls.addAll(b.network.nodeUrls());
        HttpNodeTransport transport =
                HttpNodeTransport.create(a.config().nodeUrls(urls).build());

        NodeException e = assertThrows(NodeException.class, transport::network);

        assertTrue(
                e.getMessage()
                        .startsWith("handshake: the nodes state different network keys, and no group of"
                                + " nodes is larger than the others (2 groups of 2), so there is no majority to trust"),
                e.getMessage());
        assertEquals(Set.copyOf(urls), Set.copyOf(urls(e.failures())));
    }

    @Test
    void withAttestationFieldsRequiredNodesThatSendNoneAreRefused() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = HttpNodeTransport.create(
                local.config().attestationPolicy(AttestationPolicy.FIELDS_ONLY).build());

        NodeException e = assertThrows(NodeException.class, transport::network);

        assertTrue(
                e.getMessage().startsWith("handshake: none of the 3 nodes gave a usable answer (2 must agree)"),
                e.getMessage());
        assertEquals(3, e.failures().size());
        for (NodeFailure failure : e.failures()) {
            assertEquals(NodeFailure.Kind.ATTESTATION, failure.kind());
            assertEquals("the node sent no attestation, and the attestation policy is FIELDS_ONLY", failure.message());
        }
    }

    @Test
    void aNodeThatFailsOnceIsRetriedAndConnected() throws Exception {
        TestNetwork local = start(3);
        FlakyProxy proxy = FlakyProxy.start(local.url(2), 1);
        running.add(proxy);
        List<String> urls = List.of(local.url(0), local.url(1), proxy.url());
        HttpNodeTransport transport =
                HttpNodeTransport.create(local.config().nodeUrls(urls).build());

        NodeConnection connection = transport.connection();

        assertEquals(Set.copyOf(urls), Set.copyOf(connection.network().nodeUrls()));
        assertEquals(List.of(), connection.leftOut());
        assertEquals(2, proxy.requests(), "one 503, then the retry");
    }

    @Test
    void withoutRetriesANodeThatFailsOnceIsLeftOut() throws Exception {
        TestNetwork local = start(3);
        FlakyProxy proxy = FlakyProxy.start(local.url(2), 1);
        running.add(proxy);
        HttpNodeTransport transport = HttpNodeTransport.create(local.config()
                .nodeUrls(List.of(local.url(0), local.url(1), proxy.url()))
                .retryPolicy(RetryPolicy.NONE)
                .build());

        NodeFailure failure = single(transport.connection().leftOut());

        assertEquals(proxy.url(), failure.nodeUrl());
        assertEquals(NodeFailure.Kind.HTTP_ERROR, failure.kind());
        assertEquals(503, failure.httpStatus());
        assertEquals(
                "answered HTTP 503 without a Lit error body: \"" + FlakyProxy.FAILURE_BODY + "\"", failure.message());
        assertEquals(1, proxy.requests());
    }

    @Test
    void aSlowNodeIsLeftOutAfterTheHandshakeTimeout() {
        TestNetwork local = start(3);
        local.network.node(0).faults().slow(Duration.ofSeconds(5));
        HttpNodeTransport transport = HttpNodeTransport.create(local.config()
                .handshakeTimeout(Duration.ofSeconds(1))
                .retryPolicy(RetryPolicy.NONE)
                .build());

        NodeFailure failure = single(transport.connection().leftOut());

        assertEquals(local.url(0), failure.nodeUrl());
        assertEquals(NodeFailure.Kind.TIMEOUT, failure.kind());
        assertEquals("no answer within 1000 ms", failure.message());
    }

    @Test
    void theBlockhashIsTheNodesLatestAndIsReusedWhileFresh() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = HttpNodeTransport.create(
                local.config().blockhashMaxAge(Duration.ofMinutes(5)).build());
        String first = local.network.chain().latestBlockhash();

        assertEquals(first, transport.latestBlockhash());
        local.network.chain().mine();
        local.network.nodes().forEach(node -> node.faults().down());

        assertEquals(first, transport.latestBlockhash(), "fresh, so answered without asking the (now down) nodes");
    }

    @Test
    void anOldBlockhashIsRefreshedFromTheNodes() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = HttpNodeTransport.create(
                local.config().blockhashMaxAge(Duration.ZERO).build());
        String first = transport.latestBlockhash();

        String mined = local.network.chain().mine().hash();

        assertNotEquals(first, mined);
        assertEquals(mined, transport.latestBlockhash());
    }

    @Test
    void whenNoNodeCanRefreshTheBlockhashTheLastOneIsKept() {
        TestNetwork local = start(3);
        HttpNodeTransport transport = HttpNodeTransport.create(
                local.config().blockhashMaxAge(Duration.ZERO).build());
        String first = transport.latestBlockhash();
        local.network.nodes().forEach(node -> node.faults().down());

        assertEquals(first, transport.latestBlockhash());
    }

    @Test
    void aFailedConnectIsTriedAgainOnTheNextCall() {
        TestNetwork local = start(3);
        local.network.nodes().forEach(node -> node.faults().down());
        HttpNodeTransport transport = local.transport();

        NodeException e = assertThrows(NodeException.class, transport::network);
        assertTrue(
                e.getMessage().startsWith("handshake: none of the 3 nodes gave a usable answer (2 must agree): "),
                e.getMessage());
        local.network.nodes().forEach(node -> node.faults().up());

        assertEquals(3, transport.network().nodeUrls().size());
    }

    @Test
    void reconnectHandshakesAgainAndTakesInANodeThatCameBack() {
        TestNetwork local = start(3);
        local.network.node(2).faults().down();
        HttpNodeTransport transport = local.transport();
        assertEquals(2, transport.network().nodeUrls().size());
        local.network.node(2).faults().up();

        NodeConnection connection = transport.reconnect();

        assertEquals(3, connection.network().nodeUrls().size());
        assertEquals(List.of(), connection.leftOut());
        assertSame(connection, transport.connection());
    }

    private static NodeFailure single(List<NodeFailure> failures) {
        assertEquals(1, failures.size(), failures.toString());
        return failures.get(0);
    }

    private static NodeFailure failureOf(NodeException e, String url) {
        return e.failures().stream()
                .filter(f -> f.nodeUrl().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + url + " in " + e.failures()));
    }

    private static List<String> urls(List<NodeFailure> failures) {
        return failures.stream().map(NodeFailure::nodeUrl).toList();
    }
}
