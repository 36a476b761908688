/**
 * The Naga wire (lit-peer, JS SDK 8; operations spec §5): {@link dev.lit4j.adapters.node.naga.NagaNodeTransport}.
 * Choose it with {@code NodeTransportConfig.custom(urls).protocol(NodeProtocol.NAGA)} and
 * {@code NodeTransports.create(config)}.
 */
package dev.lit4j.adapters.node.naga;
