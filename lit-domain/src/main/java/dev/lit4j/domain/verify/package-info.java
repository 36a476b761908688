/**
 * Verification of session sigs with reasons, as a node would check them
 * ({@link dev.lit4j.domain.verify.SessionSigVerifier}): the result, the rules and findings that explain
 * it, capability and capacity-delegation checks, and the cache of verified signatures.
 */
@NullMarked
package dev.lit4j.domain.verify;

import org.jspecify.annotations.NullMarked;
