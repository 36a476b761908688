/**
 * Wallet signers: the {@link dev.lit4j.domain.port.WalletSigner} adapters for an Ethereum key in memory
 * ({@link dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner}), behind any {@code java.security}
 * provider ({@link dev.lit4j.adapters.signer.wallet.JcaWalletSigner}) and in an HSM through PKCS#11
 * ({@link dev.lit4j.adapters.signer.wallet.Pkcs11WalletSigner}), with a Guice module for each.
 *
 * <p>Every signer here signs the 32-byte digest it is given and returns the signature in the form its
 * technology produces; normalising it (low-s, recovery id) is the domain's job
 * ({@link dev.lit4j.domain.ethereum.EcdsaSignature}). No signer shows its key or PIN in a
 * {@code toString()} or an exception message.
 */
@NullMarked
package dev.lit4j.adapters.signer.wallet;

import org.jspecify.annotations.NullMarked;
