/**
 * Not API: the JSON of resource–ability requests as the session message carries them. It may change
 * in any release.
 */
@NullMarked
package dev.lit4j.domain.resource.internal;

import org.jspecify.annotations.NullMarked;
