package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.testkit.transport.NodeTransportContract;
import dev.lit4j.testkit.transport.NodeTransportFixture;

/**
 * {@link NagaNodeTransport} passes the node transport contract against a {@code LocalLitNetwork} in Naga mode over
 * HTTP (five priced nodes, threshold 3).
 */
class NagaNodeTransportContractTest extends NodeTransportContract {

    @Override
    protected NodeTransportFixture startNetwork() {
        return LocalNetworkFixture.naga();
    }
}
