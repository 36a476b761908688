/**
 * Not API: the codecs the wire needs byte for byte — the JS SDK's JSON escaping, times and number
 * forms, RFC 8785 canonical JSON, a strict JSON reader, strict UTF-8, hex, URI syntax and the escaping of
 * untrusted text before it is printed. They may change in any release.
 */
@NullMarked
package dev.lit4j.domain.codec.internal;

import org.jspecify.annotations.NullMarked;
