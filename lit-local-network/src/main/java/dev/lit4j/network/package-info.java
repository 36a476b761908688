/**
 * {@link dev.lit4j.network.LocalLitNetwork}: a Lit network of real HTTP nodes on loopback for
 * end-to-end tests, with its nodes ({@link dev.lit4j.network.LocalLitNode}), their faults
 * ({@link dev.lit4j.network.NodeFaults}), the extension point for endpoint logic
 * ({@link dev.lit4j.network.NodeEndpoint}) and the built-in {@code sign_session_key}
 * ({@link dev.lit4j.network.SignSessionKeyEndpoint}, whose steps are in
 * {@link dev.lit4j.network.sessionkey}); the wire it speaks ({@link dev.lit4j.domain.verify.NodeProtocol}: Datil, or
 * Naga with its prices {@link dev.lit4j.network.FixedNodePrices} and ledger {@link dev.lit4j.network.NagaLedger}).
 */
package dev.lit4j.network;
