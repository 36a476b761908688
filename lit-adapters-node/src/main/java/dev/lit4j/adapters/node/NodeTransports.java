package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.NodeTransport;

/**
 * The node transport for a network, chosen by the wire it speaks ({@link NodeTransportConfig#protocol()}):
 * {@link HttpNodeTransport} for Datil, {@link NagaNodeTransport} for Naga.
 *
 * <pre>{@code
 * NodeTransport datil = NodeTransports.create(NodeTransportConfig.builder(LitNetwork.DATIL_DEV).build());
 * NodeTransport naga = NodeTransports.create(NodeTransportConfig.custom(nodeUrls).protocol(NodeProtocol.NAGA).build());
 * }</pre>
 */
public final class NodeTransports {
    private NodeTransports() {}

    /** A transport with its own HTTP client for the network {@code config} describes; it connects on first use. */
    public static NodeTransport create(NodeTransportConfig config) {
        InvalidInputException.requireNonNull("config", config);
        return switch (config.protocol()) {
            case DATIL -> HttpNodeTransport.create(config);
            case NAGA -> NagaNodeTransport.create(config);
        };
    }
}
