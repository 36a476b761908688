/**
 * The conformance kits of the signer ports: {@link dev.lit4j.testkit.signer.WalletSignerContract}, which
 * every {@link dev.lit4j.domain.port.WalletSigner} — Lit4j's and your own — passes with a short subclass, and
 * {@link dev.lit4j.testkit.signer.AuthSignerContract}, which every {@link dev.lit4j.domain.port.AuthSigner}
 * (the wallet auth step over any wallet signer, the PKP auth step over any transport, your own) passes.
 */
package dev.lit4j.testkit.signer;
