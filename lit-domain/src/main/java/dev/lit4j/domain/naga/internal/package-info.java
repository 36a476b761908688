/**
 * Not API: the NaCl box and the envelope nonce behind {@link dev.lit4j.domain.naga.NagaEnvelope}
 * (node spec §3.2), and the Naga form of a node's ECDSA signature share
 * ({@link dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare}, operations spec §5.7). They may change in any
 * release.
 */
@NullMarked
package dev.lit4j.domain.naga.internal;

import org.jspecify.annotations.NullMarked;
