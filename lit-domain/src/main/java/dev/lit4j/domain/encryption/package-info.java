/**
 * Encryption under access control conditions, as the Lit JS SDK's {@code encrypt} and {@code decrypt}
 * do it (operations spec §3): the conditions and their hash, the encrypted data, and the local steps of
 * both operations. The nodes' part of decryption — checking the conditions and signing the identity —
 * is reached through {@link dev.lit4j.domain.port.NodeTransport#decryptionSignature}.
 */
@NullMarked
package dev.lit4j.domain.encryption;

import org.jspecify.annotations.NullMarked;
