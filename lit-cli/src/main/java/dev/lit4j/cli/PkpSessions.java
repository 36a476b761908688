package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.Pkp;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What the PKP commands share: which PKP (given, or minted on the embedded network) and the wallet's auth method. */
final class PkpSessions {
    private PkpSessions() {}

    /**
     * The PKP given as {@code --pkp-public-key}, or, when none is given on the embedded local network, one minted
     * there for {@code owner}.
     *
     * @throws InvalidInputException if none is given on another network, or the given one is not a PKP key
     */
    static PkpPublicKey givenOrMinted(
            PkpPublicKey given, OpenNetwork nodes, PrivateKeyWalletSigner owner, PrintWriter status) {
        if (given != null) {
            return given;
        }
        LocalLitNetwork local = nodes.local()
                .orElseThrow(() -> new InvalidInputException(
                        "--pkp-public-key",
                        "is required on this network; only the embedded local network (--network local) mints a PKP"));
        Pkp minted = local.pkps().mint(owner.address());
        status.println("lit4j: minted PKP " + minted.publicKey0x() + " (address " + minted.ethAddress() + ", token id "
                + minted.tokenIdHex() + ") owned by " + owner.address());
        return new PkpPublicKey(minted.publicKey());
    }

    /** The EthWallet auth method of {@code signer}, over a fresh block hash, valid as long as the session. */
    static List<AuthMethod> walletAuthMethods(
            OpenNetwork nodes, PrivateKeyWalletSigner signer, SessionSigsRequest request, Clock clock) {
        Instant now = clock.instant();
        Instant expiration = request.expiration().orElse(now.plus(SessionSigsRequest.DEFAULT_LIFETIME));
        return List.of(EthWalletAuthMethods.authenticate(signer, nodes.nodes().latestBlockhash(), now, expiration));
    }
}
