/**
 * Lit Actions as a client names and calls them: the IPFS CIDv0 of an action's code (its name in
 * {@code lit-litaction://} resources, PKP permissions and {@code ipfsId}), the {@code executeJs} request,
 * the node answers and their merge into one result.
 */
@NullMarked
package dev.lit4j.domain.action;

import org.jspecify.annotations.NullMarked;
