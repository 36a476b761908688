/**
 * {@link dev.lit4j.testkit.network.LocalLitNetwork}: a Lit network of real HTTP nodes on loopback for
 * end-to-end tests, with its nodes ({@link dev.lit4j.testkit.network.LocalLitNode}), their faults
 * ({@link dev.lit4j.testkit.network.NodeFaults}) and the extension point for endpoint logic
 * ({@link dev.lit4j.testkit.network.NodeEndpoint}).
 */
package dev.lit4j.testkit.network;
