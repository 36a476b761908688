package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.bls.TimeLockCiphertext;
import dev.lit4j.domain.bls.TimeLockDecryptionException;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** encrypt and decrypt through the {@link Lit4j} front door and {@link HttpNodeTransport} against a local network. */
class HttpNodeTransportDecryptTest {
    private static final byte[] SECRET = "quarterly numbers".getBytes(StandardCharsets.UTF_8);
    private static final String NOT_AUTHORIZED = "NodeAccessControlConditionsReturnedNotAuthorized";

    private final FakeWalletSigner reader = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private final FakeWalletSigner stranger = FakeWalletSigner.random();
    private final List<LocalLitNetwork> running = new ArrayList<>();

    private LocalLitNetwork start(int nodeCount, int threshold) {
        LocalLitNetwork network = LocalLitNetwork.builder()
                .nodeCount(nodeCount)
                .threshold(threshold)
                .build();
        running.add(network);
        return network;
    }

    @AfterEach
    void stop() {
        running.forEach(LocalLitNetwork::close);
    }

    private static Lit4j lit(LocalLitNetwork network) {
        HttpNodeTransport transport = HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls())
                .threshold(network.threshold())
                .retryPolicy(TestNetwork.QUICK_RETRY)
                .build());
        return Lit4j.builder().nodes(transport).store(new FakeSessionStore()).build();
    }

    private static SessionSigs sigsFor(
            Lit4j lit, FakeWalletSigner wallet, AccessControlConditions conditions, EncryptedData data) {
        return lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(
                                conditions.resource(data.dataToEncryptHash()),
                                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)
                        .build(),
                lit.wallet(wallet));
    }

    private AccessControlConditions balanceAtLeastOneEth() {
        return AccessControlConditions.fromJson(
                "conditions",
                "[{\"contractAddress\":\"\",\"standardContractType\":\"\","
                        + "\"chain\":\"ethereum\",\"method\":\"eth_getBalance\",\"parameters\":[\":userAddress\",\"latest\"],"
                        + "\"returnValueTest\":{\"comparator\":\">=\",\"value\":\"1000000000000000000\"}}]");
    }

    @Test
    void aReaderWhoMeetsTheConditionDecryptsAndOneWhoDoesNotIsRefusedByEveryNode() {
        LocalLitNetwork network = start(3, 2);
        network.chain().ledger().setBalance(reader.address(), new BigInteger("2000000000000000000"));
        Lit4j lit = lit(network);
        AccessControlConditions conditions = balanceAtLeastOneEth();
        EncryptedData data = lit.encrypt(conditions, SECRET);

        assertArrayEquals(SECRET, lit.decrypt(data, conditions, "ethereum", sigsFor(lit, reader, conditions, data)));

        NodeException refused = assertThrows(
                NodeException.class,
                () -> lit.decrypt(data, conditions, "ethereum", sigsFor(lit, stranger, conditions, data)));
        assertTrue(
                refused.getMessage().startsWith("decrypt: 0 of 3 nodes returned a valid share, 2 are needed"),
                refused.getMessage());
        assertTrue(refused.failures().size() >= 2, refused.getMessage());
        for (NodeFailure failure : refused.failures()) {
            assertEquals(NOT_AUTHORIZED, failure.errorCode());
            assertEquals(401, failure.httpStatus());
            assertEquals(NodeFailure.Kind.LIT_ERROR, failure.kind());
        }
    }

    @Test
    void aWrongShareIsOutvotedWhenEnoughNodesAreHonestAndReportedWhenNot() {
        LocalLitNetwork network = start(3, 2);
        network.chain().ledger().setBalance(reader.address(), new BigInteger("1000000000000000000"));
        Lit4j lit = lit(network);
        AccessControlConditions conditions = balanceAtLeastOneEth();
        EncryptedData data = lit.encrypt(conditions, SECRET);
        network.node(0).faults().wrongBlsShare(true);
        assertArrayEquals(SECRET, lit.decrypt(data, conditions, "ethereum", sigsFor(lit, reader, conditions, data)));

        network.node(2).faults().wrongBlsShare(true);
        NodeException e = assertThrows(
                NodeException.class,
                () -> lit.decrypt(data, conditions, "ethereum", sigsFor(lit, reader, conditions, data)));
        assertTrue(
                e.getMessage()
                        .startsWith("decrypt: 3 of 3 nodes returned a valid share, 2 are needed (the threshold)"
                                + " and must combine to a signature valid under the network key; the others: "),
                e.getMessage());
        assertEquals(
                3,
                e.failures().stream()
                        .filter(f -> f.kind() == NodeFailure.Kind.INVALID_SHARE)
                        .count(),
                e.getMessage());
    }

    @Test
    void aTamperedCiphertextIsDetectedAndNeverReturned() {
        LocalLitNetwork network = start(3, 2);
        network.chain().ledger().setBalance(reader.address(), new BigInteger("1000000000000000000"));
        Lit4j lit = lit(network);
        AccessControlConditions conditions = balanceAtLeastOneEth();
        EncryptedData data = lit.encrypt(conditions, SECRET);
        byte[] bytes = data.ciphertext().toBytes();
        bytes[90] ^= 0x01;
        EncryptedData tampered =
                new EncryptedData(TimeLockCiphertext.fromBytes("ciphertext", bytes), data.dataToEncryptHash());
        TimeLockDecryptionException e = assertThrows(
                TimeLockDecryptionException.class,
                () -> lit.decrypt(tampered, conditions, "ethereum", sigsFor(lit, reader, conditions, data)));
        assertTrue(e.getMessage().startsWith("decryption failed: "), e.getMessage());
    }

    @Test
    void sessionSigsMissingAConnectedNodeAreRefusedBeforeAnyCall() {
        LocalLitNetwork network = start(3, 2);
        Lit4j lit = lit(network);
        AccessControlConditions conditions = balanceAtLeastOneEth();
        EncryptedData data = lit.encrypt(conditions, SECRET);
        SessionSigs all = sigsFor(lit, reader, conditions, data);
        String first = network.nodeUrls().get(0);
        SessionSigs one = new SessionSigs(Map.of(first, all.forNode(first).orElseThrow()));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lit.decrypt(data, conditions, "ethereum", one));
        assertTrue(
                e.getMessage().startsWith("decrypt.sessionSigs: has no session sig for the connected node "),
                e.getMessage());
    }
}
