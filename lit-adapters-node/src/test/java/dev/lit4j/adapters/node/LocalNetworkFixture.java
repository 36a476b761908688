package dev.lit4j.adapters.node;

import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.codec.JsJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.pkp.DataToSign;
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
import dev.lit4j.network.NodeFaults;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.transport.NodeFault;
import dev.lit4j.testkit.transport.NodeTransportFixture;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A {@code LocalLitNetwork} of three nodes (threshold 2) and an {@link HttpNodeTransport} over real HTTP, for
 * {@link dev.lit4j.testkit.transport.NodeTransportContract}: the requests are authenticated by the wallet that
 * owns the network's PKP, which also meets the decryption condition.
 */
final class LocalNetworkFixture implements NodeTransportFixture {
    private static final AccessControlConditions HOLDS_ONE_ETH = AccessControlConditions.fromJson("conditions",
            "[{\"contractAddress\":\"\",\"standardContractType\":\"\",\"chain\":\"ethereum\",\"method\":"
                    + "\"eth_getBalance\",\"parameters\":[\":userAddress\",\"latest\"],\"returnValueTest\":"
                    + "{\"comparator\":\">=\",\"value\":\"1000000000000000000\"}}]");

    private final TestNetwork local = TestNetwork.start(3);
    /** A Lit Action's first run starts the nodes' JavaScript engines: more than a signing request's time. */
    private final HttpNodeTransport transport = HttpNodeTransport.create(local.config()
            .requestTimeout(Duration.ofSeconds(30)).build());
    private final Lit4j lit = Lit4j.builder().nodes(transport).store(new FakeSessionStore()).build();

    @Override
    public NodeTransport transport() {
        return transport;
    }

    @Override
    public ConnectedNetwork expectedNetwork() {
        return new ConnectedNetwork(local.network.nodeUrls(), local.network.threshold(), local.networkKey());
    }

    @Override
    public SignSessionKeyRequest signSessionKeyRequest(String nonce) {
        return local.request(nonce);
    }

    @Override
    public PkpSignRequest pkpSignRequest() {
        SessionSigs sigs = lit.sessionSigs(SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING).build(),
                lit.pkp(local.pkp, List.of(Fixtures.walletAuthMethod(transport.latestBlockhash(), TestNetwork.OWNER))));
        return new PkpSignRequest(DataToSign.ofDigest(new byte[32]), local.pkp, sigs);
    }

    @Override
    public DecryptionRequest decryptionRequest() {
        local.network.chain().ledger().setBalance(TestNetwork.OWNER.address(), new BigInteger("1000000000000000000"));
        DataHash hash = DataHash.of("the contract's secret".getBytes(StandardCharsets.UTF_8));
        SessionSigs sigs = lit.sessionSigs(SessionSigsRequest.builder().resource(HOLDS_ONE_ETH.resource(hash),
                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION).build(), lit.wallet(TestNetwork.OWNER));
        return new DecryptionRequest(HOLDS_ONE_ETH, hash, "ethereum", sigs);
    }

    @Override
    public ExecuteJsNodeRequest executeJsRequest(String response) {
        SessionSigs sigs = lit.sessionSigs(SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION).build(),
                lit.wallet(TestNetwork.OWNER));
        ExecuteJsRequest action = ExecuteJsRequest.code("Lit.Actions.setResponse({response: "
                + JsJson.stringify(JsonValue.of(response)) + "});").build();
        return new ExecuteJsNodeRequest(action, sigs, transport.network().nodeUrls());
    }

    @Override
    public void inject(NodeFault fault, Set<String> nodeUrls) {
        for (int node = 0; node < local.network.nodeUrls().size(); node++) {
            if (nodeUrls.contains(local.url(node))) {
                inject(fault, local.network.node(node).faults());
            }
        }
    }

    private static void inject(NodeFault fault, NodeFaults faults) {
        switch (fault) {
            case REFUSES -> faults.answerError(LitNodeError.of(NodeErrorCode.NODE_NOT_AUTHORIZED, "refused by the test"));
            case ANSWERS_GARBAGE -> faults.answerGarbage();
            case DOWN -> faults.down();
        }
    }

    @Override
    public void close() {
        local.close();
    }
}
