package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.adapters.node.internal.HandshakeAnswer;
import dev.lit4j.adapters.node.internal.HandshakeConsensus;
import dev.lit4j.adapters.node.internal.NetworkIdentity;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.network.bls.BlsThresholdKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which nodes form the network, decided from handshake answers by value equality. */
class HandshakeConsensusTest {
    private static final NetworkIdentity A = identity(BlsThresholdKey.fromSeed(1, 1, 1), "02aa");
    private static final NetworkIdentity B = identity(BlsThresholdKey.fromSeed(1, 1, 2), "02aa");
    private static final String HASH_1 = "0x" + "1".repeat(64);
    private static final String HASH_2 = "0x" + "2".repeat(64);

    private static NetworkIdentity identity(BlsThresholdKey key, String hdRoot) {
        return new NetworkIdentity(key.publicKey(), key.publicKey(), key.publicKey(), List.of(hdRoot));
    }

    private static HandshakeAnswer answer(int node, NetworkIdentity identity, String blockhash) {
        return new HandshakeAnswer("http://n" + node, identity, blockhash, JsonValue.Null.INSTANCE);
    }

    @Test
    void theLargestAgreeingGroupFormsTheNetworkAndTheOthersAreLeftOut() {
        NodeFailure down = NodeFailure.of("http://n4", NodeFailure.Kind.UNREACHABLE, "connection failed");

        HandshakeConsensus consensus = HandshakeConsensus.decide(
                List.of(answer(0, A, HASH_1), answer(1, B, HASH_1), answer(2, A, HASH_1), answer(3, A, HASH_1)),
                List.of(down),
                5,
                3);

        assertEquals(A, consensus.identity());
        assertEquals(
                List.of("http://n0", "http://n2", "http://n3"),
                consensus.agreeing().stream().map(HandshakeAnswer::nodeUrl).toList());
        assertEquals(
                List.of("http://n4", "http://n1"),
                consensus.leftOut().stream().map(NodeFailure::nodeUrl).toList());
        assertEquals(NodeFailure.Kind.DISAGREES, consensus.leftOut().get(1).kind());
    }

    @Test
    void hdRootKeysAreComparedByValue() {
        NetworkIdentity otherRoots = new NetworkIdentity(
                A.networkPublicKey(), A.subnetPublicKey(), A.networkPublicKeySet(), List.of("02bb"));

        HandshakeConsensus consensus = HandshakeConsensus.decide(
                List.of(
                        answer(0, A, HASH_1),
                        answer(1, otherRoots, HASH_1),
                        answer(2, identity(BlsThresholdKey.fromSeed(1, 1, 1), "02aa"), HASH_1)),
                List.of(),
                3,
                2);

        assertEquals(2, consensus.agreeing().size());
        assertEquals(
                "its network keys differ from those of the 2 agreeing nodes: hdRootPubkeys [02bb] where the"
                        + " majority has [02aa]",
                consensus.leftOut().get(0).message());
    }

    @Test
    void theMostCommonBlockhashOfTheAgreeingNodesIsTheNonce() {
        HandshakeConsensus consensus = HandshakeConsensus.decide(
                List.of(
                        answer(0, A, HASH_1),
                        answer(1, A, HASH_2),
                        answer(2, A, HASH_2),
                        answer(3, B, HASH_1),
                        answer(4, B, HASH_1)),
                List.of(),
                5,
                3);

        assertEquals(HASH_2, consensus.latestBlockhash(), "a node's hash behind is no reason to leave it out");
        assertEquals(3, consensus.agreeing().size());
    }

    @Test
    void aTieOfBlockhashesGoesToTheEarliestAnswer() {
        assertEquals(
                HASH_2, HandshakeConsensus.mostCommonBlockhash(List.of(answer(0, A, HASH_2), answer(1, A, HASH_1))));
    }

    @Test
    void equallyLargeGroupsLeaveNoMajorityToTrust() {
        NodeException e = assertThrows(
                NodeException.class,
                () -> HandshakeConsensus.decide(List.of(answer(0, A, HASH_1), answer(1, B, HASH_1)), List.of(), 2, 1));

        assertEquals(
                "handshake: the nodes state different network keys, and no group of nodes is larger than the"
                        + " others (2 groups of 1), so there is no majority to trust: http://n0: states networkPublicKey "
                        + A.networkPublicKey().hex()
                        + ", in one of 2 equally large groups of nodes that state different"
                        + " network keys; http://n1: states networkPublicKey "
                        + B.networkPublicKey().hex() + ", in one of 2"
                        + " equally large groups of nodes that state different network keys",
                e.getMessage());
        assertEquals(2, e.failures().size());
    }

    @Test
    void fewerAgreeingNodesThanTheThresholdIsAnError() {
        NodeFailure timeout = NodeFailure.of("http://n2", NodeFailure.Kind.TIMEOUT, "no answer within 5000 ms");

        NodeException e = assertThrows(
                NodeException.class,
                () -> HandshakeConsensus.decide(
                        List.of(answer(0, A, HASH_1), answer(1, A, HASH_1), answer(3, B, HASH_1)),
                        List.of(timeout),
                        4,
                        3));

        assertEquals(
                "handshake: only 2 of 4 nodes answered in agreement, and 3 are needed (the threshold); the"
                        + " others: http://n2: no answer within 5000 ms; http://n3: its network keys differ from those of the 2"
                        + " agreeing nodes: networkPublicKey "
                        + B.networkPublicKey().hex().substring(0, 16) + "… where the"
                        + " majority has " + A.networkPublicKey().hex().substring(0, 16) + "…, subnetPublicKey "
                        + B.networkPublicKey().hex().substring(0, 16) + "… where the majority has "
                        + A.networkPublicKey().hex().substring(0, 16) + "…, networkPublicKeySet "
                        + B.networkPublicKey().hex().substring(0, 16) + "… where the majority has "
                        + A.networkPublicKey().hex().substring(0, 16) + "…",
                e.getMessage());
        assertEquals(
                List.of(timeout.nodeUrl(), "http://n3"),
                e.failures().stream().map(NodeFailure::nodeUrl).toList());
    }

    @Test
    void noAnswerAtAllIsAnError() {
        NodeFailure refused = NodeFailure.of("http://n0", NodeFailure.Kind.UNREACHABLE, "connection failed");

        NodeException e =
                assertThrows(NodeException.class, () -> HandshakeConsensus.decide(List.of(), List.of(refused), 1, 1));

        assertEquals("handshake: the node gave no usable answer: http://n0: connection failed", e.getMessage());
        assertEquals(List.of(refused), e.failures());
    }
}
