package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.domain.naga.BoxKeyPair;
import dev.lit4j.domain.naga.BoxPublicKey;

/**
 * A connected Naga node as one handshake left it: its E2EE identity key and the fresh key pair the client made
 * for it in that handshake (operations spec §5.3, JS {@code createJitContext}). The key pair's secret never leaves
 * this object; {@link #toString()} shows public keys only.
 *
 * @param url the node URL as called
 * @param identityKey the node's {@code nodeIdentityKey}
 * @param jitKey the client's key pair for this node, fresh per handshake
 */
public record NagaNode(String url, BoxPublicKey identityKey, BoxKeyPair jitKey) {

    /**
     * The {@code nodeSet} entry of this node: the URL without its scheme, {@code value} 1 (operations spec §5.7,
     * {@code NodeSetsFromUrlsSchema}).
     */
    public String socketAddress() {
        int scheme = url.indexOf("://");
        return scheme < 0 ? url : url.substring(scheme + 3);
    }
}
