/**
 * {@link dev.lit4j.domain.codec.JsonValue}, the JSON tree that carries user-supplied JSON (Lit
 * Action parameters, resource restrictions, custom auth context) through the API. The readers and writers
 * are in {@code dev.lit4j.domain.codec.internal}.
 */
@NullMarked
package dev.lit4j.domain.codec;

import org.jspecify.annotations.NullMarked;
