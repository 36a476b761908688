package dev.lit4j.testkit.transport;

import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import java.util.Set;

/**
 * A network and a {@link NodeTransport} connected to it, for {@link NodeTransportContract}: what the transport
 * must find there, requests the network grants, and nodes that misbehave on demand. One fixture serves one
 * test; it is closed after it. Make one per network kind (a local Datil network, a Naga one, a fake).
 *
 * <p>The contract asks for every request before it injects faults, so a fixture may use the network (and
 * the transport) to make session sigs for them.
 */
public interface NodeTransportFixture extends AutoCloseable {

    /** The transport under test. Called once or more; it returns the same transport every time. */
    NodeTransport transport();

    /** What {@link NodeTransport#network()} must give: the node URLs (in any order), threshold and key. */
    ConnectedNetwork expectedNetwork();

    /**
     * A request the nodes sign: a PKP's session key, authenticated by an auth method the network accepts.
     *
     * @param nonce a block hash from {@link NodeTransport#latestBlockhash()}, the SIWE's nonce
     */
    SignSessionKeyRequest signSessionKeyRequest(String nonce);

    /** A request the nodes sign, with a session sig for every node that grants signing with its PKP. */
    PkpSignRequest pkpSignRequest();

    /** A request the nodes grant: conditions the session's user meets, a session sig for every node. */
    DecryptionRequest decryptionRequest();

    /**
     * A request for a Lit Action that sets the response {@code response} (and nothing else) on every node of
     * {@link ExecuteJsNodeRequest#nodeUrls()}.
     */
    ExecuteJsNodeRequest executeJsRequest(String response);

    /**
     * How many nodes may go down after the transport connected while a threshold operation still succeeds: by
     * default every node beyond the threshold. A wire that fixes its nodes before it sends has none to spare: Naga
     * sends each operation to the threshold of nodes it chose by price and signs that node set into the request
     * (operations spec §5), so one of them down fails the operation.
     */
    default int sparesAfterConnecting() {
        ConnectedNetwork network = expectedNetwork();
        return network.nodeUrls().size() - network.threshold();
    }

    /**
     * How many of {@code request}'s nodes run a Lit Action and answer: by default all of them; Naga runs it on the
     * threshold of nodes it chose by price (operations spec §5), so the threshold answers.
     */
    default int litActionAnswers(ExecuteJsNodeRequest request) {
        return request.nodeUrls().size();
    }

    /** From now on, the nodes {@code nodeUrls} (of {@link #expectedNetwork()}) misbehave in the way {@code fault}. */
    void inject(NodeFault fault, Set<String> nodeUrls);

    /** Stops the network and releases the transport. */
    @Override
    void close();
}
