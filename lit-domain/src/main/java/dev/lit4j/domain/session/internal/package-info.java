/**
 * Not API: the rendering of the session message body and the session time limits (30 days, 60 s of
 * clock skew) shared by the issuer, the verifier and the local network. They may change in any release.
 */
@NullMarked
package dev.lit4j.domain.session.internal;

import org.jspecify.annotations.NullMarked;
