/**
 * PKPs as a client names and uses them: the PKP's public key and address, what is signed
 * ({@link dev.lit4j.domain.pkp.DataToSign}) and the combined signature (operations spec §1).
 */
@NullMarked
package dev.lit4j.domain.pkp;

import org.jspecify.annotations.NullMarked;
