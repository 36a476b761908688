/**
 * Ethereum values: addresses (EIP-55), ECDSA signatures over secp256k1 normalised once (low-s,
 * recovery id), the recovery of an address from a {@code personal_sign} signature, and token ids.
 */
@NullMarked
package dev.lit4j.domain.ethereum;

import org.jspecify.annotations.NullMarked;
