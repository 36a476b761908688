/**
 * The Naga wire (JS SDK 8, lit-peer nodes) in domain terms: the E2EE envelope every {@code /v2} request and
 * reply travels in (node spec §3.2, operations spec §5.3), the {@link dev.lit4j.domain.naga.GenericResponse}
 * inside a reply, and the Naga forms of signature shares (operations spec §5.7, §5.9). Client and node code
 * (the HTTP adapter, the local network) share these codecs.
 */
package dev.lit4j.domain.naga;
