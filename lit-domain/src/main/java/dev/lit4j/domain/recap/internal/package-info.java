/**
 * Not API: the {@code urn:recap:} SIWE resource form of a ReCap. It may change in any release.
 */
@NullMarked
package dev.lit4j.domain.recap.internal;

import org.jspecify.annotations.NullMarked;
