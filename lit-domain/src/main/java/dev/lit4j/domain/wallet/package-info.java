/**
 * The wallet auth step: a {@link dev.lit4j.domain.port.WalletSigner} turned into
 * {@code personal_sign}, into the AuthSig a wallet session needs
 * ({@link dev.lit4j.domain.wallet.WalletAuthSigner}), and into the EthWallet auth method of a PKP session.
 */
@NullMarked
package dev.lit4j.domain.wallet;

import org.jspecify.annotations.NullMarked;
