package dev.lit4j.adapters.node.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.NodeConnection;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.verify.NodeProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link NagaNodeTransport} against three minimal Naga nodes that open and seal envelopes honestly: the wrapped
 * handshake, the sealed pkp/sign/v2 round trip with the Naga ECDSA shares of {@code naga-operations.json}, the
 * headers, and the failure paths with their exact reports.
 */
class NagaNodeTransportTest {
    private static final JsonObject COMBINE = load().getAsJsonObject("ecdsaCombine");
    private static final String PUBLIC_ERROR =
            "{\"details\":[\"Invalid AuthSig\"],\"errorCode\":\"NodeInvalidAuthSig\","
                    + "\"errorKind\":\"Validation\",\"message\":\"auth_sig passed is invalid or couldn't be verified\","
                    + "\"status\":401}";

    @RegisterExtension
    final NagaStubNodes nodes = new NagaStubNodes(3);

    @Test
    void signsWithAThresholdOfNodesOverSealedRequests() {
        NagaNodeTransport transport = transport(2);
        List<String> connected = transport.network().nodeUrls();
        for (int i = 0; i < 2; i++) {
            String share = COMBINE.getAsJsonArray("shares").get(i).toString();
            nodes.at(connected.get(i))
                    .route(
                            "/web/pkp/sign/v2",
                            plaintext -> NagaStubNode.Reply.sealed(
                                    200,
                                    GenericResponse.success(
                                            "{\"success\":true,\"signedData\":[],\"signatureShare\":" + share + "}")));
        }

        PkpSignature signature = transport.pkpSign(request());

        JsonObject expected = COMBINE.getAsJsonObject("datilResult");
        assertEquals(expected.get("r").getAsString(), signature.r());
        assertEquals(expected.get("s").getAsString(), signature.s());
        // only the threshold is asked: the first two nodes to answer the handshake
        List<NagaStubNode.Received> asked = nodes.all().stream()
                .flatMap(n -> n.received.stream())
                .filter(r -> r.path().equals("/web/pkp/sign/v2"))
                .toList();
        assertEquals(2, asked.size());
        String requestId = asked.get(0).headers().get("X-request-id").get(0);
        assertTrue(requestId.matches("lit_\\d{13}_[0-9a-z]+"), requestId);
        for (NagaStubNode.Received received : asked) {
            assertEquals(requestId, received.headers().get("X-request-id").get(0));
            assertEquals(
                    "8.0.0-naga-local",
                    received.headers().get("X-lit-sdk-version").get(0));
            JsonObject inner = JsonParser.parseString(received.plaintext()).getAsJsonObject();
            assertEquals(
                    List.of(
                            "toSign",
                            "signingScheme",
                            "pubkey",
                            "authSig",
                            "nodeSet",
                            "epoch",
                            "authMethods",
                            "keySetId"),
                    List.copyOf(inner.keySet()));
            assertEquals("EcdsaK256Sha256", inner.get("signingScheme").getAsString());
            assertEquals(7, inner.get("epoch").getAsLong());
            JsonArray nodeSet = inner.getAsJsonArray("nodeSet");
            assertEquals(2, nodeSet.size());
            assertEquals(
                    7,
                    JsonParser.parseString(received.body())
                            .getAsJsonObject()
                            .get("epoch")
                            .getAsLong());
        }
        List<String> socketAddresses = new ArrayList<>();
        transport.network().nodeUrls().subList(0, 2).forEach(url -> socketAddresses.add(url.substring(7)));
        JsonArray nodeSet = JsonParser.parseString(asked.get(0).plaintext())
                .getAsJsonObject()
                .getAsJsonArray("nodeSet");
        List<String> sent = new ArrayList<>();
        nodeSet.forEach(
                entry -> sent.add(entry.getAsJsonObject().get("socketAddress").getAsString()));
        assertEquals(socketAddresses, sent);
        assertEquals(
                "{\"socketAddress\":\"" + sent.get(0) + "\",\"value\":1}",
                nodeSet.get(0).toString());
    }

    @Test
    void anEncryptedErrorIsOpenedAndReportedWithItsPublicError() {
        nodes.all()
                .forEach(node -> node.route(
                        "/web/pkp/sign/v2",
                        plaintext -> NagaStubNode.Reply.sealed(
                                401, GenericResponse.failure("invalid user address", PUBLIC_ERROR))));
        NagaNodeTransport transport = transport(2);

        NodeException e = assertThrows(NodeException.class, () -> transport.pkpSign(request()));

        // the first failure leaves the threshold out of reach: the other node is not awaited
        assertEquals(1, e.failures().size());
        NodeFailure failure = e.failures().get(0);
        assertEquals(NodeFailure.Kind.LIT_ERROR, failure.kind());
        assertEquals(401, failure.httpStatus());
        assertEquals("Validation", failure.errorKind());
        assertEquals("NodeInvalidAuthSig", failure.errorCode());
        assertEquals("invalid user address: auth_sig passed is invalid or couldn't be verified", failure.message());
        assertEquals(List.of("Invalid AuthSig"), failure.details());
        String other = e.getMessage().replaceAll(".*not awaited: \\[(http://[^\\]]+)\\].*", "$1");
        assertEquals(
                "pkpSign: 0 of the 2 nodes asked returned a valid share; all 2 must, and their shares must"
                        + " combine to a signature that recovers to the PKP's key (1 more could not have made up the difference"
                        + " and were not awaited: [" + other + "]); the others: " + failure.nodeUrl()
                        + ": NodeInvalidAuthSig"
                        + " (HTTP 401, Validation): invalid user address: auth_sig passed is invalid or couldn't be verified"
                        + " [Invalid AuthSig]",
                e.getMessage());
    }

    @Test
    void aPlainCantDecryptAnswerIsReportedAsSuch() {
        nodes.all()
                .forEach(node -> node.route(
                        "/web/pkp/sign/v2",
                        plaintext -> NagaStubNode.Reply.plain(
                                400,
                                GenericResponse.failure("can't decrypt", PUBLIC_ERROR.replace("401", "400"))
                                        .toJson())));
        NagaNodeTransport transport = transport(2);

        NodeException e = assertThrows(NodeException.class, () -> transport.pkpSign(request()));

        NodeFailure failure = e.failures().get(0);
        assertEquals(400, failure.httpStatus());
        assertEquals("NodeInvalidAuthSig", failure.errorCode());
        assertEquals(
                "can't decrypt: auth_sig passed is invalid or couldn't be verified (an unencrypted answer: the"
                        + " node could not open the sealed request)",
                failure.message());
    }

    @Test
    void aReplySealedByAnotherKeyIsRefused() {
        nodes.all().forEach(node -> {
            node.sealer = dev.lit4j.domain.naga.BoxKeyPair.generate();
            node.route("/web/pkp/sign/v2", plaintext -> NagaStubNode.Reply.sealed(200, GenericResponse.success("{}")));
        });
        NagaNodeTransport transport = transport(2);

        NodeException e = assertThrows(NodeException.class, () -> transport.pkpSign(request()));

        NodeFailure failure = e.failures().get(0);
        assertEquals(NodeFailure.Kind.MALFORMED_ANSWER, failure.kind());
        NagaStubNode node = nodes.at(failure.nodeUrl());
        assertEquals(
                "payload.verification_key: the reply is sealed by "
                        + node.sealer.publicKey().hex() + ", not by the node's identity key "
                        + node.identity.publicKey().hex() + " from its handshake",
                failure.message());
    }

    @Test
    void aNodeWithoutAnIdentityKeyIsLeftOutAndTheOthersConnect() throws IOException {
        nodes.add();
        nodes.get(3).handshake = NagaStubNode.handshakeAnswer(null, NagaStubNode.KEY);
        NagaNodeTransport transport =
                new NagaNodeTransport(config(nodes.all(), 3), java.net.http.HttpClient.newHttpClient());

        NodeConnection connection = transport.connection();

        assertEquals(3, connection.network().nodeUrls().size());
        assertEquals(7, connection.epoch().getAsLong());
        assertEquals(
                List.of(NodeFailure.of(
                        nodes.get(3).url(),
                        NodeFailure.Kind.MALFORMED_ANSWER,
                        "\"data.nodeIdentityKey\" is missing; a Naga node states its E2EE key")),
                connection.leftOut());
        assertEquals(NagaStubNode.BLOCKHASH, transport.latestBlockhash());
        String handshake = nodes.get(0).received.get(0).body();
        assertTrue(handshake.matches("\\{\"clientPublicKey\":\"test\",\"challenge\":\"[0-9a-f]{64}\"}"), handshake);
    }

    @Test
    void aHandshakeWithoutThresholdFailsNamingEveryNode() {
        nodes.get(0).handshake = "{\"ok\":false,\"error\":\"no root key\",\"errorObject\":null,\"data\":null}";
        nodes.get(1).handshake = "{\"serverPublicKey\":\"\"}";
        NagaNodeTransport transport = transport(3);

        NodeException e = assertThrows(NodeException.class, transport::network);

        assertTrue(
                e.getMessage()
                        .startsWith("handshake: only 1 of 3 nodes answered in agreement, and 3 are needed"
                                + " (the threshold); the others: "),
                e.getMessage());
        assertEquals(
                java.util.Set.of(
                        NodeFailure.of(
                                nodes.get(0).url(),
                                NodeFailure.Kind.MALFORMED_ANSWER,
                                "the node refused the handshake: no root key"),
                        NodeFailure.of(
                                nodes.get(1).url(),
                                NodeFailure.Kind.MALFORMED_ANSWER,
                                "\"ok\" is missing; a Naga"
                                        + " node wraps its handshake answer in {ok, error, errorObject, data}")),
                java.util.Set.copyOf(e.failures()));
    }

    @Test
    void aDatilConfigurationIsRefused() {
        NodeTransportConfig datil =
                NodeTransportConfig.custom(List.of(nodes.get(0).url())).build();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NagaNodeTransport.create(datil));

        assertEquals(
                "config.protocol: NagaNodeTransport speaks the Naga protocol, and this network speaks DATIL;"
                        + " use NodeTransports.create(config)",
                e.getMessage());
    }

    private NagaNodeTransport transport(int threshold) {
        return new NagaNodeTransport(config(nodes.all(), threshold), java.net.http.HttpClient.newHttpClient());
    }

    private static NodeTransportConfig config(List<NagaStubNode> stubs, int threshold) {
        return NodeTransportConfig.custom(stubs.stream().map(NagaStubNode::url).toList())
                .protocol(NodeProtocol.NAGA)
                .threshold(threshold)
                .retryPolicy(RetryPolicy.NONE)
                .build();
    }

    private PkpSignRequest request() {
        JsonObject share =
                COMBINE.getAsJsonArray("shares").get(0).getAsJsonObject().getAsJsonObject("EcdsaSignedMessageShare");
        SessionKeyPair key = SessionKeyPair.generate();
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        nodes.all()
                .forEach(
                        node -> sigs.put(node.url(), SessionSig.sign(key, "{\"nodeAddress\":\"" + node.url() + "\"}")));
        return new PkpSignRequest(
                DataToSign.parse("toSign", share.get("digest").getAsString()),
                PkpPublicKey.parse("pkp", share.get("public_key").getAsString().replace("\"", "")),
                new SessionSigs(sigs));
    }

    private static JsonObject load() {
        try (InputStream in = NagaNodeTransportTest.class.getResourceAsStream("/vectors/naga-operations.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
