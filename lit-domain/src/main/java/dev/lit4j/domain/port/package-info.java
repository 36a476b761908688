/**
 * The ports the use cases need and adapters implement: {@link dev.lit4j.domain.port.NodeTransport}
 * (the Lit nodes), {@link dev.lit4j.domain.port.SessionStore}, {@link dev.lit4j.domain.port.AuthSigner}
 * and {@link dev.lit4j.domain.port.WalletSigner}, with the requests they take and the exceptions they
 * throw. Each port's conformance kit is in {@code lit-testkit}.
 */
@NullMarked
package dev.lit4j.domain.port;

import org.jspecify.annotations.NullMarked;
