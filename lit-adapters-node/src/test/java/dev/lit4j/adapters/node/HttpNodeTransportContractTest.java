package dev.lit4j.adapters.node;

import dev.lit4j.testkit.transport.NodeTransportContract;
import dev.lit4j.testkit.transport.NodeTransportFixture;

/** {@link HttpNodeTransport} passes the node transport contract against a {@code LocalLitNetwork} over HTTP. */
class HttpNodeTransportContractTest extends NodeTransportContract {

    @Override
    protected NodeTransportFixture startNetwork() {
        return LocalNetworkFixture.datil();
    }
}
