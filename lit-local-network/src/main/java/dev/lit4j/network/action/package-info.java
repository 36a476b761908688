/**
 * Lit Actions on a local network: a registry standing in for IPFS, and a sandboxed GraalJS runner with the
 * node's limits (time, memory, response length) exposing {@code Lit.Actions} ({@code setResponse},
 * {@code signEcdsa}, {@code ethPersonalSignMessageEcdsa}, {@code claimKey}), {@code Lit.Auth}, {@code console}
 * and the {@code jsParams} globals, for {@code /web/execute} and for custom-auth {@code sign_session_key}.
 */
@NullMarked
package dev.lit4j.network.action;

import org.jspecify.annotations.NullMarked;
