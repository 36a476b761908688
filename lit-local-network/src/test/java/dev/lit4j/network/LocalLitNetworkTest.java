package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.HANDSHAKE_BODY;
import static dev.lit4j.network.NodeClient.handshake;
import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalLitNetworkTest {
    private final List<LocalLitNetwork> networks = new ArrayList<>();

    private LocalLitNetwork start(LocalLitNetwork.Builder builder) {
        LocalLitNetwork network = builder.build();
        networks.add(network);
        return network;
    }

    private LocalLitNetwork start() {
        return start(LocalLitNetwork.builder());
    }

    @AfterEach
    void closeNetworks() {
        networks.forEach(LocalLitNetwork::close);
    }

    @Test
    void threeNodesStartServeAndStop() {
        assertTimeout(Duration.ofSeconds(10), () -> startServeAndStop(3));
    }

    @Test
    void tenNodesStartServeAndStop() {
        assertTimeout(Duration.ofSeconds(10), () -> startServeAndStop(10));
    }

    private void startServeAndStop(int nodeCount) throws Exception {
        LocalLitNetwork network = start(LocalLitNetwork.builder().nodeCount(nodeCount));
        List<String> urls = network.nodeUrls();

        assertEquals(nodeCount, Set.copyOf(urls).size());
        for (String url : urls) {
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+"), url);
            assertEquals(200, handshake(url).status());
        }
        network.close();
        for (String url : urls) {
            assertThrows(ConnectException.class, () -> handshake(url));
        }
    }

    @Test
    void handshakeIsTheDatilResponse() throws Exception {
        LocalLitNetwork network = start();
        String hdRootPubkey = network.keys().hdRootPubkeys().get(0);
        String networkKey = network.keys().blsPublicKey();

        Answer answer = handshake(network.node(0).url());

        assertEquals(200, answer.status());
        assertEquals("application/json", answer.contentType());
        assertEquals(
                "{\"serverPublicKey\":\"\",\"subnetPublicKey\":\"" + networkKey + "\",\"networkPublicKey\":\""
                        + networkKey + "\",\"networkPublicKeySet\":\"" + networkKey
                        + "\",\"clientSdkVersion\":\"7.4.0\","
                        + "\"hdRootPubkeys\":[\"" + hdRootPubkey + "\"],\"attestation\":null,\"latestBlockhash\":\""
                        + network.chain().latestBlockhash() + "\"}",
                answer.body());
        assertTrue(hdRootPubkey.matches("0[23][0-9a-f]{64}"), hdRootPubkey);
        assertEquals(
                networkKey, BlsPublicKey.parse("networkPublicKey", networkKey).hex());
    }

    @Test
    void everyNodeAgreesOnKeysAndBlockhash() throws Exception {
        LocalLitNetwork network = start(LocalLitNetwork.builder().nodeCount(5).hdRootKeyCount(3));
        Set<String> bodies = new HashSet<>();

        for (String url : network.nodeUrls()) {
            bodies.add(handshake(url).body());
        }

        assertEquals(1, bodies.size());
        assertEquals(3, network.keys().hdRootPubkeys().size());
    }

    @Test
    void handshakeAnswersWithAndWithoutTrailingSlashAndFollowsTheChain() throws Exception {
        LocalLitNetwork network = start();
        String url = network.node(1).url();
        String before = network.chain().latestBlockhash();

        Answer withoutSlash = send(post(url, "/web/handshake", "{\"clientPublicKey\":\"test\"}", sdkHeaders("lit_1")));
        network.chain().mine();
        Answer after = handshake(url);

        assertEquals(before, withoutSlash.json().get("latestBlockhash").getAsString());
        assertEquals(
                network.chain().latestBlockhash(),
                after.json().get("latestBlockhash").getAsString());
        assertNotEquals(before, network.chain().latestBlockhash());
    }

    @Test
    void handshakeWithoutRequestIdIs418() throws Exception {
        LocalLitNetwork network = start();

        Answer answer = send(post(
                network.node(0).url(),
                "/web/handshake/",
                HANDSHAKE_BODY,
                "Content-Type",
                "application/json",
                "X-Lit-SDK-Version",
                "7.4.0"));

        assertEquals(418, answer.status());
        assertEquals(
                "{\"details\":[\"Missing 'X-Request-Id' or 'X-Correlation-Id' header.\"],"
                        + "\"errorCode\":\"CoreApiMissingRequiredXRequestIdHeader\",\"errorKind\":\"Validation\","
                        + "\"message\":\"Missing required header: X-Correlation-Id / X-Request-Id\",\"status\":418}",
                answer.body());
    }

    @Test
    void correlationIdHeaderAloneIsEnoughAndWinsOverRequestId() throws Exception {
        LocalLitNetwork network = start();
        String url = network.node(0).url();

        Answer alone = send(post(
                url,
                "/web/handshake",
                HANDSHAKE_BODY,
                "Content-Type",
                "application/json",
                "X-Correlation-Id",
                "corr-1"));
        Answer both = send(post(
                url,
                "/web/handshake",
                "{\"clientPublicKey\":\"test\",\"challenge\":\"zz\"}",
                "Content-Type",
                "application/json",
                "X-Request-Id",
                "req-2",
                "X-Correlation-Id",
                "corr-2"));

        assertEquals(200, alone.status());
        assertEquals("1.2.60", alone.json().get("clientSdkVersion").getAsString());
        assertEquals("corr-2", both.json().get("correlationId").getAsString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "",
                "1.2",
                "1.2.3.4",
                "v1.2.3",
                "01.2.3",
                "1.02.3",
                "1.2.3-",
                "1.2.3-01",
                "1.2.3-a..b",
                "1.2.3+",
                "1.2.3+a_b",
                "18446744073709551616.0.0"
            })
    void unparsableSdkVersionIs418(String version) throws Exception {
        LocalLitNetwork network = start();

        Answer answer = send(post(
                network.node(0).url(),
                "/web/handshake/",
                HANDSHAKE_BODY,
                "Content-Type",
                "application/json",
                "X-Request-Id",
                "lit_1",
                "X-Lit-SDK-Version",
                version));

        assertEquals(418, answer.status());
        JsonObject error = answer.json();
        assertEquals("CoreApiInvalidXSDKVersionHeader", error.get("errorCode").getAsString());
        assertEquals("Conversion", error.get("errorKind").getAsString());
        assertEquals(
                "Invalid 'X-Lit-SDK-Version' header; presented '" + version + "'",
                error.get("details").getAsJsonArray().get(0).getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "0.0.0-alpha", "0.0.0+build"})
    void zeroSdkVersionIs418(String version) throws Exception {
        LocalLitNetwork network = start();

        Answer answer = send(post(
                network.node(0).url(),
                "/web/handshake/",
                HANDSHAKE_BODY,
                "Content-Type",
                "application/json",
                "X-Request-Id",
                "lit_1",
                "X-Lit-SDK-Version",
                version));

        assertEquals(418, answer.status());
        assertEquals(
                "{\"correlationId\":\"lit_1\",\"details\":[\"Invalid 'X-Lit-SDK-Version' header; presented '"
                        + version
                        + "'\"],\"errorCode\":\"CoreApiInvalidXSDKVersionHeader\",\"errorKind\":\"Validation\","
                        + "\"message\":\"Missing required header: X-Lit-Sdk-Version\",\"status\":418}",
                answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.4.0", "0.0.1", "1.2.3-rc.1+build.007", "1.0.0-x-y-z.--", "18446744073709551615.0.0"})
    void validSdkVersionIsEchoed(String version) throws Exception {
        LocalLitNetwork network = start();

        Answer answer = send(post(
                network.node(0).url(),
                "/web/handshake/",
                HANDSHAKE_BODY,
                "Content-Type",
                "application/json",
                "X-Request-Id",
                "lit_1",
                "X-Lit-SDK-Version",
                version));

        assertEquals(200, answer.status());
        assertEquals(version, answer.json().get("clientSdkVersion").getAsString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x5b0e8c3f9a1d47e2b6c0f4a8d3e7b1c9a2f6e0d4c8b3a7f1e5d9c2b6a0f4e8",
                "5b0e8c3f",
                "zz0e8c3f9a1d47e2b6c0f4a8d3e7b1c9a2f6e0d4c8b3a7f1e5d9c2b6a0f4e8d3"
            })
    void badChallengeIsRejected(String challenge) throws Exception {
        LocalLitNetwork network = start();

        Answer answer = send(post(
                network.node(0).url(),
                "/web/handshake/",
                "{\"clientPublicKey\":\"test\",\"challenge\":\"" + challenge + "\"}",
                sdkHeaders("lit_7")));

        assertEquals(400, answer.status());
        assertEquals(
                "{\"correlationId\":\"lit_7\",\"details\":[\"challenge must be 64 hex digits (32 bytes, no 0x),"
                        + " got \\\"" + challenge
                        + "\\\"\"],\"errorKind\":\"Conversion\",\"message\":\"An error related to"
                        + " type conversion has occured.\",\"status\":400}",
                answer.body());
    }

    @Test
    void handshakeRequiresAClientPublicKeyString() throws Exception {
        LocalLitNetwork network = start();
        String url = network.node(0).url();

        Answer missing = send(post(url, "/web/handshake/", "{\"challenge\":null}", sdkHeaders("lit_1")));
        Answer number = send(post(url, "/web/handshake/", "{\"clientPublicKey\":5}", sdkHeaders("lit_1")));

        assertEquals(422, missing.status());
        assertEquals(
                "{\"correlationId\":\"lit_1\",\"details\":[\"missing field `clientPublicKey`\"],"
                        + "\"errorKind\":\"Parser\",\"message\":\"An error related to a parsing has occured.\",\"status\":422}",
                missing.body());
        assertEquals(422, number.status());
        assertEquals(
                "invalid type for `clientPublicKey`: expected a string, found 5",
                number.json().get("details").getAsJsonArray().get(0).getAsString());
    }

    @Test
    void malformedJsonIsALitParserError() throws Exception {
        LocalLitNetwork network = start();
        String url = network.node(0).url();

        Answer broken = send(post(url, "/web/handshake/", "{\"clientPublicKey\":", sdkHeaders("lit_1")));
        Answer trailing = send(post(url, "/web/handshake/", "{} {}", sdkHeaders("lit_1")));
        Answer array = send(post(url, "/web/handshake/", "[]", sdkHeaders("lit_1")));

        assertEquals(400, broken.status());
        assertEquals("Parser", broken.json().get("errorKind").getAsString());
        assertTrue(
                broken.json()
                        .get("details")
                        .getAsJsonArray()
                        .get(0)
                        .getAsString()
                        .startsWith("request body is not valid JSON: "),
                broken.body());
        assertEquals(400, trailing.status());
        assertEquals(422, array.status());
        assertEquals(
                "expected a JSON object, found []",
                array.json().get("details").getAsJsonArray().get(0).getAsString());
    }

    @Test
    void onlyJsonPostsToKnownPathsAreRouted() throws Exception {
        LocalLitNetwork network = start();
        String url = network.node(0).url();

        Answer noContentType = send(post(url, "/web/handshake/", HANDSHAKE_BODY, "X-Request-Id", "lit_1"));
        Answer text = send(
                post(url, "/web/handshake/", HANDSHAKE_BODY, "Content-Type", "text/plain", "X-Request-Id", "lit_1"));
        Answer withCharset = send(post(
                url,
                "/web/handshake/",
                HANDSHAKE_BODY,
                "Content-Type",
                "Application/JSON; charset=utf-8",
                "X-Request-Id",
                "lit_1"));
        Answer get = send(post(url, "/web/handshake/", "", sdkHeaders("lit_1")).GET());
        Answer unknown = send(post(url, "/web/execute/v2", "{}", sdkHeaders("lit_1")));

        assertEquals(404, noContentType.status());
        assertEquals(
                "{\"correlationId\":\"lit_1\",\"details\":[\"no route matches POST /web/handshake/ with"
                        + " Content-Type null\"],\"errorCode\":\"CoreApiRouteNotFound\",\"errorKind\":\"Validation\","
                        + "\"message\":\"The API path was not found.\",\"status\":404}",
                noContentType.body());
        assertEquals(404, text.status());
        assertEquals(200, withCharset.status());
        assertEquals(404, get.status());
        assertEquals(404, unknown.status());
    }

    @Test
    void signSessionKeyAndPkpSignAreBuiltIn() throws Exception {
        LocalLitNetwork network = start();
        String url = network.node(0).url();

        Answer signSessionKey = send(post(url, "/web/sign_session_key/v1", "{}", sdkHeaders("lit_1")));
        Answer pkpSign = send(post(url, "/web/pkp/sign/v1", "{}", sdkHeaders("lit_1")));

        assertEquals(422, signSessionKey.status());
        assertEquals(
                "{\"correlationId\":\"lit_1\",\"details\":[\"missing field `sessionKey`\"],"
                        + "\"errorKind\":\"Parser\",\"message\":\"An error related to a parsing has occured.\",\"status\":422}",
                signSessionKey.body());
        assertEquals(422, pkpSign.status());
        assertEquals(
                "{\"correlationId\":\"lit_1\",\"details\":[\"missing field `toSign`\"],"
                        + "\"errorKind\":\"Parser\",\"message\":\"An error related to a parsing has occured.\",\"status\":422}",
                pkpSign.body());
    }

    @Test
    void pluggedEndpointsSeeTheirNodeAndRequest() throws Exception {
        List<NodeContext> contexts = new CopyOnWriteArrayList<>();
        List<NodeRequest> requests = new CopyOnWriteArrayList<>();
        NodeEndpoint echo = (request, node) -> {
            contexts.add(node);
            requests.add(request);
            JsonObject answer = new JsonObject();
            answer.addProperty("shareIndex", node.index());
            answer.add("got", request.body());
            return answer;
        };
        LocalLitNetwork network =
                start(LocalLitNetwork.builder().signSessionKeyEndpoint(echo).pkpSignEndpoint((request, node) -> {
                    throw LitNodeError.of(NodeErrorCode.NODE_PKP_NOT_AUTHORIZED, "nope");
                }));
        LocalLitNode node = network.node(2);

        Answer signed = send(post(
                node.url(),
                "/web/sign_session_key/v1",
                "{\"curveType\":\"BLS\"}",
                "Content-Type",
                "application/json",
                "Origin",
                "http://example.test"));
        Answer pkpSign = send(post(node.url(), "/web/pkp/sign/v1", "{}", sdkHeaders("lit_5")));
        Answer pkpSignWithoutId = send(post(node.url(), "/web/pkp/sign/v1", "{}", "Content-Type", "application/json"));

        assertEquals(200, signed.status());
        assertEquals("{\"shareIndex\":2,\"got\":{\"curveType\":\"BLS\"}}", signed.body());
        NodeContext context = contexts.get(0);
        assertEquals(2, context.index());
        assertEquals(node.url(), context.url());
        assertEquals("127.0.0.1:" + node.port(), context.address());
        assertEquals(3, context.nodeCount());
        assertEquals(2, context.threshold());
        assertSame(network.chain(), context.chain());
        assertSame(network.pkps(), context.pkps());
        assertSame(network.actions(), context.actions());
        assertSame(network.clock(), context.clock());
        assertSame(node.faults(), context.faults());
        assertEquals(network.keys(), context.keys());
        assertEquals(2, context.blsShare().shareIndex());
        NodeRequest request = requests.get(0);
        assertEquals("/web/sign_session_key/v1", request.path());
        assertTrue(request.correlationId().matches("LD-[0-9a-f-]{36}"), request.correlationId());
        assertEquals("1.2.60", request.sdkVersion());
        assertEquals("http://example.test", request.header("origin").orElseThrow());
        assertEquals(401, pkpSign.status());
        assertEquals(
                "{\"correlationId\":\"lit_5\",\"details\":[\"nope\"],\"errorCode\":\"NodePKPNotAuthorized\","
                        + "\"errorKind\":\"Validation\",\"message\":\"The PKP permissions check failed\",\"status\":401}",
                pkpSign.body());
        assertTrue(
                pkpSignWithoutId.json().get("correlationId").getAsString().matches("LD-[0-9a-f-]{36}"),
                pkpSignWithoutId.body());
    }

    @Test
    void anEndpointBugIsAnUnexpectedError() throws Exception {
        LocalLitNetwork network = start(LocalLitNetwork.builder().signSessionKeyEndpoint((request, node) -> {
            throw new IllegalStateException("bug");
        }));

        Answer answer = send(post(network.node(0).url(), "/web/sign_session_key/v1", "{}", sdkHeaders("lit_3")));

        assertEquals(500, answer.status());
        assertEquals(
                "{\"correlationId\":\"lit_3\",\"details\":[\"IllegalStateException: bug\"],"
                        + "\"errorKind\":\"Unexpected\",\"message\":\"An unexpected error has occured.\",\"status\":500}",
                answer.body());
    }

    @Test
    void fiftyParallelHandshakesAreAllServed() throws Exception {
        LocalLitNetwork network = start(LocalLitNetwork.builder().threadsPerNode(4));
        List<CompletableFuture<Answer>> answers = new ArrayList<>();

        for (int i = 0; i < 50; i++) {
            String url = network.nodeUrls().get(i % network.nodeCount());
            answers.add(NodeClient.sendAsync(post(url, "/web/handshake/", HANDSHAKE_BODY, sdkHeaders("lit_" + i))));
        }

        for (CompletableFuture<Answer> answer : answers) {
            assertEquals(200, answer.get().status());
        }
    }

    @Test
    void fixedPortsAreUsed() throws Exception {
        int[] ports = freePorts(2);
        LocalLitNetwork network = start(LocalLitNetwork.builder().nodeCount(2).ports(ports));

        assertEquals(List.of("http://127.0.0.1:" + ports[0], "http://127.0.0.1:" + ports[1]), network.nodeUrls());
        assertEquals(ports[1], network.node(1).port());
        assertEquals(200, handshake(network.node(1).url()).status());
    }

    @Test
    void aTakenPortFailsTheBuildAndReleasesTheOthers() throws Exception {
        int[] ports = freePorts(1);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            LocalLitNetwork.Builder builder =
                    LocalLitNetwork.builder().nodeCount(2).ports(ports[0], taken.getLocalPort());

            LitException e = assertThrows(LitException.class, builder::build);

            assertTrue(
                    e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "),
                    e.getMessage());
        }
        try (ServerSocket again = new ServerSocket(ports[0], 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertEquals(ports[0], again.getLocalPort());
        }
    }

    @Test
    void thresholdDefaultsToDatilsRule() {
        assertEquals(1, ConnectedNetwork.datilThreshold(1));
        assertEquals(1, ConnectedNetwork.datilThreshold(2));
        assertEquals(2, ConnectedNetwork.datilThreshold(3));
        assertEquals(6, ConnectedNetwork.datilThreshold(10));
        assertEquals(2, start().threshold());
        assertEquals(3, start(LocalLitNetwork.builder().threshold(3)).threshold());
    }

    @Test
    void sameSeedSameNetwork() {
        LocalLitNetwork first = start(LocalLitNetwork.builder().seed(99));
        LocalLitNetwork second = start(LocalLitNetwork.builder().seed(99));
        LocalLitNetwork otherSeed = start(LocalLitNetwork.builder().seed(100));
        LocalLitNetwork unseeded = start(LocalLitNetwork.builder());

        assertEquals(99, first.seed());
        assertEquals(first.keys(), second.keys());
        assertEquals(first.chain().latestBlockhash(), second.chain().latestBlockhash());
        assertEquals(first.pkps().mint(NodeFaultsTest.OWNER), second.pkps().mint(NodeFaultsTest.OWNER));
        assertNotEquals(first.keys().blsPublicKey(), otherSeed.keys().blsPublicKey());
        assertNotEquals(first.keys().blsPublicKey(), unseeded.keys().blsPublicKey());
    }

    @Test
    void builderRejectsBadSettings() {
        InvalidInputException threshold = assertThrows(
                InvalidInputException.class,
                () -> LocalLitNetwork.builder().threshold(4).build());
        assertEquals("threshold: must not exceed the node count 3, got 4", threshold.getMessage());

        InvalidInputException ports = assertThrows(
                InvalidInputException.class,
                () -> LocalLitNetwork.builder().ports(4000, 4001).build());
        assertEquals("ports: expected one port per node (3), got 2", ports.getMessage());

        assertEquals(
                "ports: the ports must differ, got [4000, 4000]",
                assertThrows(
                                InvalidInputException.class,
                                () -> LocalLitNetwork.builder().ports(4000, 4000))
                        .getMessage());
        assertEquals(
                "nodeCount: must be 1..100, got 0",
                assertThrows(
                                InvalidInputException.class,
                                () -> LocalLitNetwork.builder().nodeCount(0))
                        .getMessage());
        assertEquals(
                "threshold: must be at least 1, got 0",
                assertThrows(
                                InvalidInputException.class,
                                () -> LocalLitNetwork.builder().threshold(0))
                        .getMessage());
        assertEquals(
                "actionTimeout: must be positive, got PT-1S",
                assertThrows(
                                InvalidInputException.class,
                                () -> LocalLitNetwork.builder().actionTimeout(Duration.ofSeconds(-1)))
                        .getMessage());
    }

    @Test
    void nodeIndexIsChecked() {
        LocalLitNetwork network = start();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> network.node(3));

        assertEquals("index: the network has nodes 0..2, not 3", e.getMessage());
    }

    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
        return ports;
    }
}
