/**
 * BLS12-381 as Lit uses it: the network's public key, signatures and signature shares, their
 * combination and proof-of-possession verification, and the identity-based time-lock encryption under
 * the network key (see {@code docs/bls.md}).
 */
@NullMarked
package dev.lit4j.domain.bls;

import org.jspecify.annotations.NullMarked;
