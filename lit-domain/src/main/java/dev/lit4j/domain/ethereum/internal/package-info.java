/**
 * Not API: EIP-191 {@code personal_sign} message hashing. It may change in any release.
 */
@NullMarked
package dev.lit4j.domain.ethereum.internal;

import org.jspecify.annotations.NullMarked;
