package dev.lit4j.usecase;

import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import dev.lit4j.testkit.transport.NodeFault;
import dev.lit4j.testkit.transport.NodeTransportFixture;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * A {@link FakeNodeTransport} playing a network of three nodes (threshold 2): it signs with the whole BLS
 * key and a PKP's whole ECDSA key, as the nodes' combined shares would, and a faulty node fails the way a
 * real transport reports it. It lives here, not in the test kit's own tests, because the dealt BLS key is
 * {@code LocalLitNetwork}'s.
 */
final class FakeNetworkFixture implements NodeTransportFixture {
    private static final List<String> URLS =
            List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471", "http://127.0.0.1:7472");
    /** The block hash the fake network gives. */
    static final String BLOCKHASH = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";

    private static final ECKeyPair PKP_KEY = ECKeyPair.create(BigInteger.valueOf(7));
    /** The PKP the fake network signs for. */
    static final PkpPublicKey PKP = new PkpPublicKey(String.format("04%0128x", PKP_KEY.getPublicKey()));

    private static final BlsThresholdKey KEY = BlsThresholdKey.fromSeed(2, URLS.size(), 12);
    /** The wallet the fixture's sessions are for. */
    static final FakeWalletSigner WALLET = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    private final ConnectedNetwork network = new ConnectedNetwork(URLS, 2, KEY.publicKey());
    private final FakeNodeTransport transport = new FakeNodeTransport(network, BLOCKHASH);
    private final Map<String, NodeFault> faults = new ConcurrentHashMap<>();
    private final SessionSigIssuer issuer = new SessionSigIssuer(transport, new FakeSessionStore(), Clock.systemUTC());

    FakeNetworkFixture() {
        transport.onSignSessionKey(request -> {
            failIfBeyondThreshold("signSessionKey");
            String siwe = request.siweMessage();
            return new AuthSig(
                    KEY.signWithRootSecret(LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe))
                                    .bytes())
                            .toProofOfPossessionJson(),
                    AuthSig.DERIVED_VIA_BLS,
                    siwe,
                    request.pkpPublicKey().ethAddress().checksummed(),
                    AuthSig.ALGO_BLS);
        });
        transport.onPkpSign(request -> {
            failIfBeyondThreshold("pkpSign");
            byte[] digest = request.toSign().bytes();
            Sign.SignatureData signed = Sign.signMessage(digest, PKP_KEY, false);
            EcdsaSignature signature = EcdsaSignature.of(
                            new BigInteger(1, signed.getR()), new BigInteger(1, signed.getS()))
                    .normalizedFor(digest, PKP.ethAddress())
                    .orElseThrow();
            return new PkpSignature(signature, request.pkpPublicKey(), request.toSign());
        });
        transport.onDecryptionSignature(request -> {
            failIfBeyondThreshold("decrypt");
            return KEY.signWithRootSecret(request.identity());
        });
    }

    @Override
    public NodeTransport transport() {
        return transport;
    }

    @Override
    public ConnectedNetwork expectedNetwork() {
        return network;
    }

    @Override
    public SignSessionKeyRequest signSessionKeyRequest(String nonce) {
        SessionKeyPair sessionKey = SessionKeyPair.generate();
        Instant now = Instant.now();
        String siwe = LitSiweBuilder.create(PKP.ethAddress(), nonce, now)
                .uri(sessionKey.uri())
                .expiration(now.plus(Duration.ofDays(1)))
                .build()
                .render();
        return new SignSessionKeyRequest(
                sessionKey.publicKey(),
                List.of(),
                PKP,
                siwe,
                "Lit.Actions.setResponse" + "({response: 'true'});",
                null,
                null);
    }

    @Override
    public PkpSignRequest pkpSignRequest() {
        return new PkpSignRequest(
                DataToSign.ofDigest(new byte[32]),
                PKP,
                walletSessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING));
    }

    @Override
    public DecryptionRequest decryptionRequest() {
        AccessControlConditions conditions = AccessControlConditions.fromJson(
                "conditions",
                "[{\"contractAddress\":"
                        + "\"\",\"standardContractType\":\"\",\"chain\":\"ethereum\",\"method\":\"\",\"parameters\":"
                        + "[\":userAddress\"],\"returnValueTest\":{\"comparator\":\"=\",\"value\":\"" + WALLET.address()
                        + "\"}}]");
        DataHash hash = DataHash.of("the contract's secret".getBytes(StandardCharsets.UTF_8));
        return new DecryptionRequest(
                conditions,
                hash,
                "ethereum",
                walletSessionSigs(conditions.resource(hash), LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION));
    }

    @Override
    public ExecuteJsNodeRequest executeJsRequest(String response) {
        transport.onExecuteJs(request -> {
            List<NodeFailure> failures = failures(request.nodeUrls());
            if (!failures.isEmpty()) {
                throw failed("executeJs", failures);
            }
            return request.nodeUrls().stream()
                    .map(url -> new ExecuteJsAnswer(url, Map.of(), Map.of(), response, ""))
                    .toList();
        });
        return new ExecuteJsNodeRequest(
                ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'set by the" + " fake'});")
                        .build(),
                walletSessionSigs(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION),
                URLS);
    }

    @Override
    public void inject(NodeFault fault, Set<String> nodeUrls) {
        nodeUrls.forEach(url -> faults.put(url, fault));
    }

    @Override
    public void close() {
        faults.clear();
    }

    private SessionSigs walletSessionSigs(LitResource resource, LitAbility ability) {
        return issuer.getSessionSigs(
                SessionSigsRequest.builder().resource(resource, ability).build(),
                new WalletAuthSigner(WALLET, Clock.systemUTC()));
    }

    private void failIfBeyondThreshold(String operation) {
        List<NodeFailure> failures = failures(URLS);
        if (failures.size() > URLS.size() - network.threshold()) {
            throw failed(operation, failures);
        }
    }

    private List<NodeFailure> failures(List<String> urls) {
        return urls.stream()
                .filter(faults::containsKey)
                .map(url -> switch (faults.get(url)) {
                    case REFUSES ->
                        new NodeFailure(
                                url,
                                NodeFailure.Kind.LIT_ERROR,
                                403,
                                "Validation",
                                NodeFault.REFUSAL_CODE,
                                "refused by the test",
                                List.of());
                    case ANSWERS_GARBAGE ->
                        NodeFailure.of(url, NodeFailure.Kind.MALFORMED_ANSWER, "the answer is not JSON");
                    case DOWN -> NodeFailure.of(url, NodeFailure.Kind.UNREACHABLE, "connection refused");
                })
                .toList();
    }

    private static NodeException failed(String operation, List<NodeFailure> failures) {
        return new NodeException(
                operation + ": " + failures.size() + " nodes failed: "
                        + failures.stream().map(NodeFailure::describe).collect(Collectors.joining("; ")),
                failures);
    }
}
