package dev.lit4j.domain.port;

import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.LitActionFailedException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.pkp.PkpSignature;
import java.util.List;

/**
 * The Lit network as the session use cases see it: which nodes are connected, a fresh block hash for
 * SIWE nonces, and the nodes' signing of PKP session keys.
 *
 * <p><b>Contract.</b> Implementations are thread-safe. {@link #network()} connects on first use
 * (handshake with every node) and returns the current connection afterwards without a round trip.
 * {@link #latestBlockhash()} may answer from a cache while the hash is fresh (nodes treat old ones as
 * stale). Failures are {@link NodeException}s naming every node that failed and why.
 *
 * <p>Adapters are named {@code <Tech>NodeTransport}; {@code HttpNodeTransport} talks to real nodes.
 */
public interface NodeTransport {

    /**
     * The connected network, connecting first if needed.
     *
     * @throws NodeException if fewer nodes than the threshold answered the handshake, or they disagree
     */
    ConnectedNetwork network();

    /**
     * A recent Ethereum block hash, {@code 0x} followed by 64 hex digits: the nonce of every SIWE.
     *
     * @throws NodeException if no block hash could be obtained
     */
    String latestBlockhash();

    /**
     * Has the nodes sign a PKP session key (client spec §7.4–7.8): sends the request to every connected
     * node, returns as soon as a threshold of valid shares has arrived, combines them and verifies the
     * combined signature against the network key.
     *
     * @return the {@code lit.bls} AuthSig: {@code sig} = {@code {"ProofOfPossession":"<hex>"}},
     *     {@code algo} {@code LIT_BLS}, the SIWE text the nodes signed, and the PKP's address
     * @throws NodeException if fewer than the threshold of nodes returned a valid share; it names every
     *     node that failed and its error (e.g. the node's {@code errorCode} and message)
     */
    AuthSig signSessionKey(SignSessionKeyRequest request);

    /**
     * Runs a Lit Action on the request's nodes (operations spec §2.2): sends each node
     * {@code POST /web/execute/v1} with its own session sig, and waits for all of them, as the JS SDK does.
     *
     * @return every node's answer, in the order they arrived
     * @throws LitActionFailedException if the action threw or passed a limit on some node: with the action's
     *     error and logs, and every node's failure
     * @throws NodeException if some node failed otherwise; it names every failing node and its error
     */
    List<ExecuteJsAnswer> executeJs(ExecuteJsNodeRequest request);

    /**
     * Has the nodes sign the identity of encrypted data (operations spec §3.4–3.7): sends each connected
     * node the canonical conditions, the data hash, the chain and that node's session sig; returns as soon
     * as a threshold of valid shares combine to a signature that verifies under the network key over
     * {@link DecryptionRequest#identity()}.
     *
     * @return the network's signature over the identity: the decryption key of the data
     * @throws NodeException if fewer than the threshold of nodes returned a valid share; it names every
     *     node that failed and its error (e.g. {@code NodeAccessControlConditionsReturnedNotAuthorized})
     * @throws dev.lit4j.domain.InvalidInputException if the session sigs have no entry for a connected node
     */
    BlsSignature decryptionSignature(DecryptionRequest request);

    /**
     * Has the nodes sign 32 bytes with a PKP (operations spec §1): sends every connected node its own session
     * sig with one {@code X-Request-Id}, returns as soon as the valid shares of the nodes that signed combine to
     * a signature that recovers to the PKP's key, without waiting for the slowest node. Nodes outside the
     * signing subset answer a "fail share", which is not an error.
     *
     * @return the combined, verified signature
     * @throws dev.lit4j.domain.InvalidInputException if {@code request.sessionSigs()} has no entry for a connected
     *     node (nothing is sent then)
     * @throws NodeException if no combination of the valid shares verifies; it names every node that failed and
     *     its error, and the nodes whose shares were combined
     */
    PkpSignature pkpSign(PkpSignRequest request);

    /**
     * The {@code maxPrice} each connected node's session sig must carry (node spec §2.2, operations spec §5.4):
     * on a Naga network, the most the transport grants each node for any request it may send that node; empty on
     * a network without pricing (Datil), whose session sigs carry no {@code maxPrice}. The session use case signs
     * each node's message with its price.
     *
     * @return one entry per connected node, in {@link ConnectedNetwork#nodeUrls()} order, or none
     * @throws NodeException if the network or its prices cannot be read
     */
    default List<NodePrice> sessionMaxPrices() {
        return List.of();
    }
}
