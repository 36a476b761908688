/**
 * Sign-In with Ethereum as Lit writes and reads it: the SIWE message (siwe 2.x layout, strict
 * parsing), the builder of Lit's SIWEs and capacity delegations.
 */
@NullMarked
package dev.lit4j.domain.siwe;

import org.jspecify.annotations.NullMarked;
