/**
 * Guice composition of Lit4j: {@link dev.lit4j.guice.Lit4jModule} binds the clock, the use cases and the
 * front door; the adapter modules ({@code HttpNodeTransportModule}, the store and signer modules) each
 * bind their port.
 */
@NullMarked
package dev.lit4j.guice;

import org.jspecify.annotations.NullMarked;
