/**
 * The Naga wire (JS SDK 8, lit-peer nodes) in domain terms, shared by client and node code (the HTTP adapter,
 * the local network):
 * <ul>
 *   <li>the E2EE envelope every {@code /v2} request and reply travels in ({@link dev.lit4j.domain.naga.NagaEnvelope},
 *       node spec §3.2, operations spec §5.3) and the {@link dev.lit4j.domain.naga.GenericResponse} inside a
 *       reply (node spec §6.2);</li>
 *   <li>the Naga forms of signature shares: ECDSA ({@link dev.lit4j.domain.naga.EcdsaSignedMessageShare},
 *       operations spec §5.7) with the v8 result shape ({@link dev.lit4j.domain.naga.NagaPkpSignature}), and
 *       the peer id that fixes a node's BLS share identifier ({@link dev.lit4j.domain.naga.PeerId}, operations
 *       spec §5.9; the BLS share itself is {@link dev.lit4j.domain.bls.BlsIdentifiedShare}).</li>
 * </ul>
 */
package dev.lit4j.domain.naga;
