/**
 * Not API: the check a freshly signed or stored AuthSig passes before it is used in session sigs
 * (client spec §6.4). It may change in any release.
 */
@NullMarked
package dev.lit4j.domain.usecase.internal;

import org.jspecify.annotations.NullMarked;
