/**
 * Lit4j's front door ({@link dev.lit4j.domain.Lit4j}) and its exceptions: the unchecked root
 * {@link dev.lit4j.domain.LitException} and the bad-input and bad-signature failures every package reports
 * with. The values, ports and use cases are in the subpackages.
 */
@NullMarked
package dev.lit4j.domain;

import org.jspecify.annotations.NullMarked;
