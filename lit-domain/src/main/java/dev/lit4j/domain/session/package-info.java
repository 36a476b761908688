/**
 * Session keys and session signatures (client spec §6): the Ed25519 session key pair, the message each
 * node's session sig signs, the session sigs of a request and their JSON as the JS SDK writes it, and the
 * identities and stored AuthSigs a {@link dev.lit4j.domain.port.SessionStore} keeps.
 */
@NullMarked
package dev.lit4j.domain.session;

import org.jspecify.annotations.NullMarked;
