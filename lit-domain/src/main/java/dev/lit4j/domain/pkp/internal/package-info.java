/**
 * Not API: the client half of Datil's threshold ECDSA — node signature shares and their
 * combination (operations spec §1.6) — and HD key derivation (§1.8). They may change in any release.
 */
@NullMarked
package dev.lit4j.domain.pkp.internal;

import org.jspecify.annotations.NullMarked;
