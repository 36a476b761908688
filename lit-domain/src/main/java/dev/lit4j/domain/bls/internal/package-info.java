/**
 * Not API: the message a Lit node BLS-signs for a PKP or Lit Action session. It may change in any
 * release.
 */
@NullMarked
package dev.lit4j.domain.bls.internal;

import org.jspecify.annotations.NullMarked;
