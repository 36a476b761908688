/**
 * Not API: the NaCl box and the envelope nonce behind {@link dev.lit4j.domain.naga.NagaEnvelope}
 * (node spec §3.2).
 */
package dev.lit4j.domain.naga.internal;
