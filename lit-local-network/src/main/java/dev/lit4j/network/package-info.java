/**
 * {@link dev.lit4j.network.LocalLitNetwork}: a Lit network of real HTTP nodes on loopback for
 * end-to-end tests, with its nodes ({@link dev.lit4j.network.LocalLitNode}), their faults
 * ({@link dev.lit4j.network.NodeFaults}), the extension point for endpoint logic
 * ({@link dev.lit4j.network.NodeEndpoint}) and the built-in Datil {@code sign_session_key}
 * ({@link dev.lit4j.network.SignSessionKeyEndpoint}, whose steps are in
 * {@link dev.lit4j.network.sessionkey}).
 */
@NullMarked
package dev.lit4j.network;

import org.jspecify.annotations.NullMarked;
