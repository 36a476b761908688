package dev.lit4j.usecase;

import dev.lit4j.testkit.transport.NodeTransportContract;
import dev.lit4j.testkit.transport.NodeTransportFixture;

/** {@code FakeNodeTransport} passes the node transport contract, so tests that use it test against a lawful transport. */
class FakeNodeTransportContractTest extends NodeTransportContract {

    @Override
    protected NodeTransportFixture startNetwork() {
        return new FakeNetworkFixture();
    }
}
