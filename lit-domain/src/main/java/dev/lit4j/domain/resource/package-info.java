/**
 * Lit resources and abilities: the resource prefixes, the abilities each allows,
 * and the resource–ability requests a session asks for (client spec §2).
 */
@NullMarked
package dev.lit4j.domain.resource;

import org.jspecify.annotations.NullMarked;
