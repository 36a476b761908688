package dev.lit4j.adapters.node.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.naga.NagaNodeChoice;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.NodePrices;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Node choice and {@code maxPrice} on the Naga wire (operations spec §5.4): the session use case signs each node's
 * message with what the transport grants it, and a request goes to the cheapest threshold of nodes only.
 */
class NagaNodeChoiceOverHttpTest {
    private static final BigInteger MAX = NagaNodeChoice.DEFAULT_USER_MAX_PRICE;

    @RegisterExtension
    final NagaStubNodes nodes = new NagaStubNodes(3);

    @Test
    void aRequestGoesToTheCheapestThresholdOfNodesNamedInNodeSet() {
        NagaNodeTransport transport = transport(prices(5, 1, 3));
        JsonObject combine = load().getAsJsonObject("ecdsaCombine");
        for (int i = 0; i < 2; i++) {
            String share = combine.getAsJsonArray("shares").get(i).toString();
            nodes.get(i + 1)
                    .route(
                            "/web/pkp/sign/v2",
                            plaintext -> NagaStubNode.Reply.sealed(
                                    200,
                                    GenericResponse.success(
                                            "{\"success\":true,\"signedData\":[],\"signatureShare\":" + share + "}")));
        }
        JsonObject share =
                combine.getAsJsonArray("shares").get(0).getAsJsonObject().getAsJsonObject("EcdsaSignedMessageShare");

        transport.pkpSign(new PkpSignRequest(
                DataToSign.parse("toSign", share.get("digest").getAsString()),
                PkpPublicKey.parse("pkp", share.get("public_key").getAsString().replace("\"", "")),
                sessionSigs(transport)));

        assertTrue(nodes.get(0).received.stream().noneMatch(r -> r.path().equals("/web/pkp/sign/v2")));
        String nodeSet = "[{\"socketAddress\":\"" + nodes.get(1).url().substring(7) + "\",\"value\":1},"
                + "{\"socketAddress\":\"" + nodes.get(2).url().substring(7) + "\",\"value\":1}]";
        for (int i = 1; i < 3; i++) {
            NagaStubNode.Received received = nodes.get(i).received.stream()
                    .filter(r -> r.path().equals("/web/pkp/sign/v2"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    nodeSet,
                    JsonParser.parseString(received.plaintext())
                            .getAsJsonObject()
                            .get("nodeSet")
                            .toString());
        }
    }

    @Test
    void eachNodeIsGrantedItsPricePlusAnEqualPartOfWhatTheMaximumLeaves() {
        NagaNodeTransport transport = transport(prices(5, 1, 3));
        BigInteger share = MAX.subtract(BigInteger.valueOf(1 + 3)).divide(BigInteger.TWO);

        assertEquals(
                List.of(
                        new NodePrice(nodes.get(0).url(), share.add(BigInteger.valueOf(5))),
                        new NodePrice(nodes.get(1).url(), share.add(BigInteger.ONE)),
                        new NodePrice(nodes.get(2).url(), share.add(BigInteger.valueOf(3)))),
                sorted(transport.sessionMaxPrices()));
    }

    @Test
    void theSessionUseCaseSignsEachNodesMaxPrice() {
        NagaNodeTransport transport = transport(null);

        SessionSigs sigs = sessionSigs(transport);

        String granted = "0x" + MAX.divide(BigInteger.TWO).toString(16);
        assertEquals(transport.network().nodeUrls(), sigs.nodeUrls());
        for (String url : sigs.nodeUrls()) {
            String message = sigs.forNode(url).orElseThrow().signedMessage();
            assertTrue(message.endsWith(",\"nodeAddress\":\"" + url + "\",\"maxPrice\":\"" + granted + "\"}"), message);
        }
    }

    private SessionSigs sessionSigs(NagaNodeTransport transport) {
        SessionSigIssuer issuer = new SessionSigIssuer(transport, new FakeSessionStore(), Clock.systemUTC());
        return issuer.getSessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .build(),
                new WalletAuthSigner(FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0), Clock.systemUTC()));
    }

    private List<NodePrice> sorted(List<NodePrice> prices) {
        List<String> order = nodes.urls();
        return prices.stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(a.nodeUrl()), order.indexOf(b.nodeUrl())))
                .toList();
    }

    /** The same prices for every product, node by node. */
    private NodePrices prices(long... wei) {
        return product -> {
            List<NodePrice> list = new ArrayList<>();
            for (int i = 0; i < wei.length; i++) {
                list.add(new NodePrice(nodes.get(i).url(), BigInteger.valueOf(wei[i])));
            }
            return list;
        };
    }

    private NagaNodeTransport transport(NodePrices prices) {
        return new NagaNodeTransport(
                NodeTransportConfig.custom(nodes.urls())
                        .protocol(NodeProtocol.NAGA)
                        .threshold(2)
                        .retryPolicy(RetryPolicy.NONE)
                        .build(),
                HttpClient.newHttpClient(),
                prices);
    }

    private static JsonObject load() {
        try (InputStream in = NagaNodeChoiceOverHttpTest.class.getResourceAsStream("/vectors/naga-operations.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
