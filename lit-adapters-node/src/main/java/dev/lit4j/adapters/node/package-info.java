/**
 * The node transport over HTTP: {@link dev.lit4j.adapters.node.HttpNodeTransport} (the JDK
 * {@code HttpClient}) with its configuration, retry and attestation policies, node discovery (static URLs or
 * the Datil staking contract), the handshake, quorum and share combination, and its Guice module (see
 * {@code docs/node-transport.md}).
 */
@NullMarked
package dev.lit4j.adapters.node;

import org.jspecify.annotations.NullMarked;
