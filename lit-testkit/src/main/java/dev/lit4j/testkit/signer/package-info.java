/**
 * The conformance kit of the signer ports: {@link dev.lit4j.testkit.signer.WalletSignerContract}, which
 * every {@link dev.lit4j.domain.port.WalletSigner} — Lit4j's and your own — passes with a short subclass.
 */
@NullMarked
package dev.lit4j.testkit.signer;

import org.jspecify.annotations.NullMarked;
