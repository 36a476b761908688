/**
 * {@link dev.lit4j.testkit.network.LocalLitNetwork}: a Lit network of real HTTP nodes on loopback for
 * end-to-end tests, with its nodes ({@link dev.lit4j.testkit.network.LocalLitNode}), their faults
 * ({@link dev.lit4j.testkit.network.NodeFaults}), the extension point for endpoint logic
 * ({@link dev.lit4j.testkit.network.NodeEndpoint}) and the built-in Datil {@code sign_session_key}
 * ({@link dev.lit4j.testkit.network.SignSessionKeyEndpoint}, whose steps are in
 * {@link dev.lit4j.testkit.network.sessionkey}).
 */
package dev.lit4j.testkit.network;
