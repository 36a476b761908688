/**
 * Not API: the pieces of the Naga wire (operations spec §5) behind {@link
 * dev.lit4j.adapters.node.naga.NagaNodeTransport} — the wrapped handshake answer, the sealed calls and their opened
 * replies, the request bodies and the share answers. May change in any release.
 */
@NullMarked
package dev.lit4j.adapters.node.naga.internal;

import org.jspecify.annotations.NullMarked;
