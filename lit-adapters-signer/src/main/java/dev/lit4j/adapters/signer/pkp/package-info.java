/**
 * PKP signers: {@link dev.lit4j.adapters.signer.pkp.PkpAuthSignerModule} binds a PKP's auth step
 * ({@link dev.lit4j.domain.usecase.PkpAuthSigner}, in which the Lit nodes check auth methods or run a
 * custom-auth Lit Action and BLS-sign the session key) as the default
 * {@link dev.lit4j.domain.port.AuthSigner}. The nodes are reached through whatever
 * {@link dev.lit4j.domain.port.NodeTransport} is bound; nothing here talks to them directly.
 */
@NullMarked
package dev.lit4j.adapters.signer.pkp;

import org.jspecify.annotations.NullMarked;
