/** Reproducible keys and hashes of a local network, derived from one seed. */
@NullMarked
package dev.lit4j.network.keys;

import org.jspecify.annotations.NullMarked;
