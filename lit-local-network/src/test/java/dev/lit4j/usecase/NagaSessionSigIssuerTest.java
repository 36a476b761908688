package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.naga.NagaNodeChoice;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Naga session sigs: the Datil message of each chosen node plus its {@code maxPrice} (node spec §2.2). */
class NagaSessionSigIssuerTest {
    private static final String VECTOR_NODE = "https://15.235.83.220:7470";
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final BlsPublicKey NETWORK_KEY =
            BlsThresholdKey.fromSeed(2, 3, 7).publicKey();
    private static final List<String> URLS =
            List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471", "http://127.0.0.1:7472", "http://127.0.0.1:7473");

    private final FakeClock clock = new FakeClock(Instant.parse("2025-01-15T10:00:05.123Z"));
    private final FakeNodeTransport nodes =
            new FakeNodeTransport(new ConnectedNetwork(List.of(VECTOR_NODE), 1, NETWORK_KEY), NONCE);
    private final SessionSigIssuer issuer = new SessionSigIssuer(nodes, new FakeSessionStore(), clock);
    private final WalletAuthSigner signer = new WalletAuthSigner(
            FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0),
            new FakeClock(Instant.parse("2025-01-15T10:00:00.000Z")));

    private static SessionSigsRequest request() {
        return SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .expiration(Instant.parse("2025-01-16T10:00:00.000Z"))
                .sessionKey(SessionKeyPair.fromSeed(Hex.decode("seed", FlowVector.get("sessionKey", "seedHex"))))
                .build();
    }

    @Test
    void theMessageIsTheDatilMessageWithMaxPriceLast() {
        SessionSigs sigs = issuer.getSessionSigs(
                request(), signer, List.of(new NodePrice(VECTOR_NODE, new BigInteger("250000000000000000"))));

        SessionSig sig = sigs.forNode(VECTOR_NODE).orElseThrow();
        String datil = FlowVector.get("sessionSig", "signedMessage");
        assertEquals(
                datil.substring(0, datil.length() - 1) + ",\"maxPrice\":\"0x3782dace9d90000\"}", sig.signedMessage());
        sig.verifySignature();
    }

    @Test
    void onlyTheChosenNodesGetSigsEachWithItsOwnMaxPrice() {
        nodes.setNetwork(new ConnectedNetwork(URLS, 3, NETWORK_KEY));
        List<NodePrice> chosen = NagaNodeChoice.choose(
                List.of(
                        new NodePrice(URLS.get(0), BigInteger.valueOf(40)),
                        new NodePrice(URLS.get(1), BigInteger.valueOf(10)),
                        new NodePrice(URLS.get(2), BigInteger.valueOf(30)),
                        new NodePrice(URLS.get(3), BigInteger.valueOf(20))),
                BigInteger.valueOf(90),
                3);

        SessionSigs sigs = issuer.getSessionSigs(request(), signer, chosen);

        assertEquals(List.of(URLS.get(1), URLS.get(3), URLS.get(2)), sigs.nodeUrls());
        assertEquals(",\"nodeAddress\":\"" + URLS.get(1) + "\",\"maxPrice\":\"0x14\"}", tail(sigs, URLS.get(1)));
        assertEquals(",\"nodeAddress\":\"" + URLS.get(3) + "\",\"maxPrice\":\"0x1e\"}", tail(sigs, URLS.get(3)));
        assertEquals(",\"nodeAddress\":\"" + URLS.get(2) + "\",\"maxPrice\":\"0x28\"}", tail(sigs, URLS.get(2)));
    }

    private static String tail(SessionSigs sigs, String url) {
        String message = sigs.forNode(url).orElseThrow().signedMessage();
        return message.substring(message.indexOf(",\"nodeAddress\""));
    }

    @Test
    void aNodeThatIsNotConnectedOrNoNodeAtAllIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.getSessionSigs(
                        request(), signer, List.of(new NodePrice("https://elsewhere", BigInteger.ONE))));
        assertEquals("maxPrices: https://elsewhere is not a connected node ([" + VECTOR_NODE + "])", e.getMessage());
        assertEquals(
                "maxPrices: no node was chosen; a request needs at least one",
                assertThrows(InvalidInputException.class, () -> issuer.getSessionSigs(request(), signer, List.of()))
                        .getMessage());
    }
}
