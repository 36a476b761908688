package dev.lit4j.adapters.node;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeFailure;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * What an {@link HttpNodeTransport} learnt when it connected: the network as the use cases see it,
 * the other keys the nodes agreed on, and every node that was left out and why.
 *
 * @param network the agreeing nodes, the threshold and the network's BLS key
 * @param subnetPublicKey the BLS key for encryption ({@code subnetPublicKey})
 * @param hdRootPubkeys the ECDSA root keys, lowercase hex without {@code 0x}
 * @param leftOut the nodes that failed the handshake, disagreed with the majority or failed the
 *     attestation check, with their reasons
 * @param epoch the Staking contract's epoch number at connect time; empty for a custom network
 * @param connectedAt when the handshakes completed, by the configured clock
 */
public record NodeConnection(
        ConnectedNetwork network,
        BlsPublicKey subnetPublicKey,
        List<String> hdRootPubkeys,
        List<NodeFailure> leftOut,
        OptionalLong epoch,
        Instant connectedAt) {

    public NodeConnection {
        InvalidInputException.requireNonNull("connection.network", network);
        InvalidInputException.requireNonNull("connection.subnetPublicKey", subnetPublicKey);
        hdRootPubkeys = List.copyOf(InvalidInputException.requireNonNull("connection.hdRootPubkeys", hdRootPubkeys));
        leftOut = List.copyOf(InvalidInputException.requireNonNull("connection.leftOut", leftOut));
        InvalidInputException.requireNonNull("connection.epoch", epoch);
        InvalidInputException.requireNonNull("connection.connectedAt", connectedAt);
    }
}
