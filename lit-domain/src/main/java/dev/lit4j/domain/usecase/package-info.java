/**
 * The use cases: session sigs for a wallet, a PKP or a Lit Action
 * ({@link dev.lit4j.domain.usecase.SessionSigIssuer}), capacity delegation, PKP signing, Lit Actions and
 * decryption. Each takes its ports in its constructor and does no I/O of its own.
 */
@NullMarked
package dev.lit4j.domain.usecase;

import org.jspecify.annotations.NullMarked;
