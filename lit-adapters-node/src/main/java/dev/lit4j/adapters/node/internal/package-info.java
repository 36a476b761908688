/**
 * Not API: the HTTP pieces both node wires share — one call to one node with retries ({@link
 * dev.lit4j.adapters.node.internal.NodeHttp}), one request to many nodes with threshold waiting ({@link
 * dev.lit4j.adapters.node.internal.FanOut}), the per-node failure reports, the handshake consensus and the
 * bounded reading of answers. Used by {@code dev.lit4j.adapters.node} (Datil) and {@code
 * dev.lit4j.adapters.node.naga} (Naga); may change in any release.
 */
@NullMarked
package dev.lit4j.adapters.node.internal;

import org.jspecify.annotations.NullMarked;
