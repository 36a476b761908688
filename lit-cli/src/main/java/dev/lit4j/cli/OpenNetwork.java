package dev.lit4j.cli;

import dev.lit4j.adapters.node.AttestationPolicy;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.NodeTransports;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.LocalLitNetwork;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;

/**
 * The Lit network of one command, connected: the node transport and, for {@code --network local}, the
 * embedded network behind it, which {@link #close()} stops.
 */
final class OpenNetwork implements AutoCloseable {
    /** The size of the embedded local network. */
    static final int LOCAL_NODES = 3;

    private final LocalLitNetwork local;
    private final NodeTransport nodes;

    private OpenNetwork(LocalLitNetwork local, NodeTransport nodes) {
        this.local = local;
        this.nodes = nodes;
    }

    /**
     * Starts the embedded network if {@code choice} asks for it and connects to the nodes (handshakes),
     * reporting both to {@code status}.
     *
     * @param protocol the wire of the embedded network or of the given node URLs; the named networks speak Datil
     * @param rpcUrl the Chronicle Yellowstone endpoint for a Datil network, or null for the public one
     * @param attestation the attestation policy for a Datil network, or null for the network's default
     * @throws InvalidInputException if an option does not fit the network (naming it)
     * @throws dev.lit4j.domain.port.NodeException if the nodes cannot be reached or do not agree
     */
    static OpenNetwork open(
            NetworkChoice choice,
            NodeProtocol protocol,
            URI rpcUrl,
            AttestationPolicy attestation,
            PrintWriter status) {
        if (choice instanceof NetworkChoice.Datil datil && protocol != NodeProtocol.DATIL) {
            throw new InvalidInputException(
                    "--protocol",
                    datil.network().wireName() + " is a Datil network; --protocol" + " "
                            + ProtocolConverter.nameOf(protocol) + " applies to --network local or node URLs");
        }
        if (!(choice instanceof NetworkChoice.Datil) && (rpcUrl != null || attestation != null)) {
            throw new InvalidInputException(
                    rpcUrl != null ? "--rpc-url" : "--attestation",
                    "applies only to the"
                            + " Datil networks (datil-dev, datil-test, datil), whose nodes are read from the chain");
        }
        LocalLitNetwork local = null;
        NodeTransportConfig config;
        if (choice instanceof NetworkChoice.Datil datil) {
            if (datil.network().attestationRequired() && attestation == null) {
                throw new InvalidInputException(
                        "--attestation",
                        datil.network().wireName() + " requires the nodes'"
                                + " SEV-SNP attestation, and Lit4j cannot verify its AMD signature chain; choose"
                                + " --attestation fields-only or --attestation not-checked knowingly (docs/node-transport.md)");
            }
            NodeTransportConfig.Builder builder = NodeTransportConfig.builder(datil.network());
            if (rpcUrl != null) {
                builder.rpcUrl(rpcUrl);
            }
            if (attestation != null) {
                builder.attestationPolicy(attestation);
            }
            config = builder.build();
        } else if (choice instanceof NetworkChoice.Nodes given) {
            config = NodeTransportConfig.custom(given.urls()).protocol(protocol).build();
        } else {
            local = LocalLitNetwork.builder()
                    .nodeCount(LOCAL_NODES)
                    .protocol(protocol)
                    .build();
            status.println("lit4j: started an embedded local Lit network of " + local.nodeCount() + " nodes ("
                    + ProtocolConverter.nameOf(protocol) + "): " + String.join(", ", local.nodeUrls()));
            config = NodeTransportConfig.custom(local.nodeUrls())
                    .protocol(protocol)
                    .build();
        }
        try {
            NodeTransport nodes = NodeTransports.create(config);
            ConnectedNetwork network = SlowStepNotice.during(status, "the nodes' handshake", nodes::network);
            status.println(
                    "lit4j: connected to " + network.nodeUrls().size() + " nodes (threshold " + network.threshold()
                            + "), network key " + network.networkPublicKey().hex());
            return new OpenNetwork(local, nodes);
        } catch (RuntimeException e) {
            if (local != null) {
                local.close();
            }
            throw e;
        }
    }

    /** The connected nodes. */
    NodeTransport nodes() {
        return nodes;
    }

    /** The embedded network, for {@code --network local}. */
    Optional<LocalLitNetwork> local() {
        return Optional.ofNullable(local);
    }

    /** Stops the embedded network, if there is one. */
    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
    }
}
