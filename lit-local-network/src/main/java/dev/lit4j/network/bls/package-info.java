/**
 * The network's threshold BLS12-381 key: the key shares each node signs with, and G2 signing.
 */
@NullMarked
package dev.lit4j.network.bls;

import org.jspecify.annotations.NullMarked;
