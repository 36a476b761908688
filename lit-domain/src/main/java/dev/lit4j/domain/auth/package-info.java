/**
 * AuthSigs and auth methods: the signed SIWE a wallet, a PKP's nodes or a session key hands over
 * ({@link dev.lit4j.domain.auth.AuthSig}, its kinds and its JSON as the JS SDK writes it), and the auth
 * methods (wallet, OAuth token, custom) a PKP session is obtained with (client spec §5, §7.10).
 */
@NullMarked
package dev.lit4j.domain.auth;

import org.jspecify.annotations.NullMarked;
