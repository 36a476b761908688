/**
 * ReCap capability objects (client spec §3.3): what a SIWE delegates, as abilities on resources with
 * their restrictions.
 */
@NullMarked
package dev.lit4j.domain.recap;

import org.jspecify.annotations.NullMarked;
