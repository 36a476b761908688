package dev.lit4j.adapters.node;

/**
 * The wire a Lit network speaks. The user's API is the same on both; the network decides which adapter talks to it
 * ({@link NodeTransports#create(NodeTransportConfig)}).
 */
public enum LitProtocol {
    /**
     * The Datil node (JS SDK 7): plain JSON on the {@code /v1} routes, session sigs for every connected node
     * (client spec §8, operations spec Part A). Spoken by the {@code datil-dev}, {@code datil-test} and
     * {@code datil} networks and by {@link HttpNodeTransport}.
     */
    DATIL,
    /**
     * The Naga node {@code lit-peer} (JS SDK 8): end-to-end-encrypted {@code /v2} routes, requests to the
     * cheapest threshold of nodes, session sigs with {@code maxPrice} (operations spec §5). Spoken by
     * {@link dev.lit4j.adapters.node.naga.NagaNodeTransport}.
     */
    NAGA
}
