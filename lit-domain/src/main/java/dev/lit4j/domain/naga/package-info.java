/**
 * The Naga wire (JS SDK 8, lit-peer nodes) in domain terms, shared by client and node code (the HTTP adapter,
 * the local network):
 * <ul>
 *   <li>the E2EE envelope every {@code /v2} request and reply travels in ({@link dev.lit4j.domain.naga.NagaEnvelope},
 *       node spec §3.2, operations spec §5.3) and the node identity keys that seal it
 *       ({@link dev.lit4j.domain.naga.BoxKeyPair}, {@link dev.lit4j.domain.naga.BoxPublicKey});</li>
 *   <li>prices and node choice: the products a node charges for ({@link dev.lit4j.domain.naga.NagaProduct}), a
 *       node's price ({@link dev.lit4j.domain.naga.NodePrice}) and the cheapest threshold of nodes
 *       ({@link dev.lit4j.domain.naga.NagaNodeChoice});</li>
 *   <li>the v8 result shape of a PKP signature ({@link dev.lit4j.domain.naga.NagaPkpSignature}) and the peer id
 *       that fixes a node's BLS share identifier ({@link dev.lit4j.domain.naga.PeerId}, operations spec §5.9; the
 *       BLS share itself is {@link dev.lit4j.domain.bls.BlsIdentifiedShare}).</li>
 * </ul>
 * The wire codecs (the {@code GenericResponse} inside a reply, the Naga ECDSA share, U256 price text) are not
 * API: they are in {@code dev.lit4j.domain.naga.internal}.
 */
@NullMarked
package dev.lit4j.domain.naga;

import org.jspecify.annotations.NullMarked;
