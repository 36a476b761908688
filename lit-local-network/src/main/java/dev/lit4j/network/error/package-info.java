/** Lit node errors in the wire shape of lit-core's {@code PublicError}, with the codes the local network uses. */
@NullMarked
package dev.lit4j.network.error;

import org.jspecify.annotations.NullMarked;
