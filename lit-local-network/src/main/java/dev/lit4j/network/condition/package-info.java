/**
 * Access control conditions as a Datil node checks them before it signs a decryption share: boolean
 * structure, special parameters and return-value tests, evaluated against the local chain's state.
 * What the local network cannot evaluate is refused with an error, never granted.
 */
@NullMarked
package dev.lit4j.network.condition;

import org.jspecify.annotations.NullMarked;
