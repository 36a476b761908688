/**
 * Not API: the Naga wire codecs — the NaCl box and the envelope nonce behind
 * {@link dev.lit4j.domain.naga.NagaEnvelope} (node spec §3.2), lit-peer's
 * {@link dev.lit4j.domain.naga.internal.GenericResponse} inside every reply (node spec §6.2), the Naga form of a
 * node's ECDSA signature share ({@link dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare}, operations spec
 * §5.7) and U256 price text ({@link dev.lit4j.domain.naga.internal.U256Text}). They may change in any release.
 */
@NullMarked
package dev.lit4j.domain.naga.internal;

import org.jspecify.annotations.NullMarked;
