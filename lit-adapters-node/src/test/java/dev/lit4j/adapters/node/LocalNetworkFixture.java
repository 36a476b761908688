package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.NodeFaults;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.transport.NodeFault;
import dev.lit4j.testkit.transport.NodeTransportFixture;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A {@code LocalLitNetwork} and a transport over real HTTP, for {@link dev.lit4j.testkit.transport.NodeTransportContract}:
 * three Datil nodes (threshold 2) with an {@link HttpNodeTransport}, or five priced Naga nodes (threshold 3) with a
 * {@link NagaNodeTransport}. The requests are authenticated by the wallet that owns the network's PKP, which also
 * meets the decryption condition.
 */
final class LocalNetworkFixture implements NodeTransportFixture {
    private static final AccessControlConditions HOLDS_ONE_ETH = AccessControlConditions.fromJson(
            "conditions",
            "[{\"contractAddress\":\"\",\"standardContractType\":\"\",\"chain\":\"ethereum\",\"method\":"
                    + "\"eth_getBalance\",\"parameters\":[\":userAddress\",\"latest\"],\"returnValueTest\":"
                    + "{\"comparator\":\">=\",\"value\":\"1000000000000000000\"}}]");
    /** A Lit Action's first run starts the nodes' JavaScript engines: more than a signing request's time. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final LocalLitNetwork network;
    private final PkpPublicKey pkp;
    private final NodeTransport transport;
    private final Lit4j lit;

    private final NodeProtocol protocol;

    private LocalNetworkFixture(
            LocalLitNetwork network, PkpPublicKey pkp, NodeTransport transport, NodeProtocol protocol) {
        this.network = network;
        this.pkp = pkp;
        this.transport = transport;
        this.protocol = protocol;
        this.lit =
                Lit4j.builder().nodes(transport).store(new FakeSessionStore()).build();
    }

    /** Three Datil nodes (threshold 2), Datil's recorded {@code sign_session_key}, and an {@link HttpNodeTransport}. */
    static LocalNetworkFixture datil() {
        TestNetwork local = TestNetwork.start(3);
        return new LocalNetworkFixture(
                local.network,
                local.pkp,
                HttpNodeTransport.create(
                        local.config().requestTimeout(REQUEST_TIMEOUT).build()),
                NodeProtocol.DATIL);
    }

    /** Five Naga nodes (threshold 3) at the local network's prices, and a {@link NagaNodeTransport}. */
    static LocalNetworkFixture naga() {
        LocalLitNetwork network = LocalLitNetwork.builder()
                .protocol(NodeProtocol.NAGA)
                .nodeCount(5)
                .actionTimeout(Duration.ofSeconds(5))
                .build();
        PkpPublicKey pkp = new PkpPublicKey(
                network.pkps().mint(TestNetwork.OWNER.address()).publicKey());
        NodeTransportConfig config = NodeTransportConfig.custom(network.nodeUrls())
                .protocol(NodeProtocol.NAGA)
                .threshold(network.threshold())
                .handshakeTimeout(Duration.ofSeconds(2))
                .requestTimeout(REQUEST_TIMEOUT)
                .retryPolicy(TestNetwork.QUICK_RETRY)
                .build();
        return new LocalNetworkFixture(
                network,
                pkp,
                new NagaNodeTransport(config, HttpClient.newHttpClient(), network.nodePrices()),
                NodeProtocol.NAGA);
    }

    @Override
    public NodeTransport transport() {
        return transport;
    }

    @Override
    public ConnectedNetwork expectedNetwork() {
        return new ConnectedNetwork(
                network.nodeUrls(),
                network.threshold(),
                BlsPublicKey.parse("networkKey", network.keys().blsPublicKey()));
    }

    /** Naga sends to the threshold of nodes it chose and signs that node set in: none may go down once chosen. */
    @Override
    public int sparesAfterConnecting() {
        return protocol == NodeProtocol.NAGA ? 0 : NodeTransportFixture.super.sparesAfterConnecting();
    }

    /** Naga runs a Lit Action on the threshold of nodes it chose by price. */
    @Override
    public int litActionAnswers(ExecuteJsNodeRequest request) {
        return protocol == NodeProtocol.NAGA
                ? network.threshold()
                : NodeTransportFixture.super.litActionAnswers(request);
    }

    @Override
    public SignSessionKeyRequest signSessionKeyRequest(String nonce) {
        return Fixtures.pkpRequest(nonce, TestNetwork.OWNER, pkp);
    }

    @Override
    public PkpSignRequest pkpSignRequest() {
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .build(),
                lit.pkp(pkp, List.of(Fixtures.walletAuthMethod(transport.latestBlockhash(), TestNetwork.OWNER))));
        return new PkpSignRequest(DataToSign.ofDigest(new byte[32]), pkp, sigs);
    }

    @Override
    public DecryptionRequest decryptionRequest() {
        network.chain().ledger().setBalance(TestNetwork.OWNER.address(), new BigInteger("1000000000000000000"));
        DataHash hash = DataHash.of("the contract's secret".getBytes(StandardCharsets.UTF_8));
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(HOLDS_ONE_ETH.resource(hash), LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)
                        .build(),
                lit.wallet(TestNetwork.OWNER));
        return new DecryptionRequest(HOLDS_ONE_ETH, hash, "ethereum", sigs);
    }

    @Override
    public ExecuteJsNodeRequest executeJsRequest(String response) {
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                        .build(),
                lit.wallet(TestNetwork.OWNER));
        ExecuteJsRequest action = ExecuteJsRequest.code(
                        "Lit.Actions.setResponse({response: " + JsJson.stringify(JsonValue.of(response)) + "});")
                .build();
        return new ExecuteJsNodeRequest(action, sigs, transport.network().nodeUrls());
    }

    @Override
    public void inject(NodeFault fault, Set<String> nodeUrls) {
        for (int node = 0; node < network.nodeUrls().size(); node++) {
            if (nodeUrls.contains(network.node(node).url())) {
                inject(fault, network.node(node).faults());
            }
        }
    }

    private static void inject(NodeFault fault, NodeFaults faults) {
        switch (fault) {
            case REFUSES ->
                faults.answerError(LitNodeError.of(NodeErrorCode.NODE_NOT_AUTHORIZED, "refused by the test"));
            case ANSWERS_GARBAGE -> faults.answerGarbage();
            case DOWN -> faults.down();
        }
    }

    @Override
    public void close() {
        network.close();
    }
}
