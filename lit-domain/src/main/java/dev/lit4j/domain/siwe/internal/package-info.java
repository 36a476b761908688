/**
 * Not API: reading and writing the ReCaps of a SIWE's resources and statement. It may change in any
 * release.
 */
@NullMarked
package dev.lit4j.domain.siwe.internal;

import org.jspecify.annotations.NullMarked;
