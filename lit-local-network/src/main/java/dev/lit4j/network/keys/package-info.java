/** Reproducible keys and hashes of a local network, derived from one seed. */
package dev.lit4j.network.keys;
