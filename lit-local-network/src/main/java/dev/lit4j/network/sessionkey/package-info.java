/**
 * The steps of a Datil node's {@code POST /web/sign_session_key/v1} (node spec §3.3–§3.8): the SIWE time
 * rules, EthWallet auth methods, the PKP the request is for, the custom-auth Lit Action, the auth context,
 * the deterministic SIWE every node signs and the PKP permission check. Each reports its failures with the
 * node's error code, status and kind. {@link dev.lit4j.network.SignSessionKeyEndpoint} runs them in
 * the node's order; a custom endpoint can reuse them.
 */
@NullMarked
package dev.lit4j.network.sessionkey;

import org.jspecify.annotations.NullMarked;
