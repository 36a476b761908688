package dev.lit4j.adapters.signer.e2e;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.testkit.signer.AuthSignerContract;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The PKP auth step over {@code HttpNodeTransport} against a local network passes the auth signer contract: the
 * nodes check the owner's wallet auth method and BLS-sign; for a PKP the wallet does not own, they refuse.
 */
class PkpAuthSignerContractTest extends AuthSignerContract {
    private static final PrivateKeyWalletSigner OWNER = PrivateKeyWalletSigner.generate();

    private static EndToEndNetwork local;
    private static PkpPublicKey owned;
    private static PkpPublicKey notOwned;
    private static AuthMethod ownerMethod;

    @BeforeAll
    static void start() {
        local = EndToEndNetwork.start(41);
        owned = local.mint(OWNER.address());
        notOwned = local.mint(PrivateKeyWalletSigner.generate().address());
        ownerMethod =
                EthWalletAuthMethods.authenticate(OWNER, local.transport.latestBlockhash(), local.clock.instant());
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @Override
    protected AuthSigner signer() {
        return new PkpAuthSigner(local.transport, local.clock, owned, List.of(ownerMethod));
    }

    @Override
    protected Optional<AuthSigner> failingSigner() {
        return Optional.of(new PkpAuthSigner(local.transport, local.clock, notOwned, List.of(ownerMethod)));
    }

    @Override
    protected Optional<BlsPublicKey> networkKey() {
        return Optional.of(local.transport.network().networkPublicKey());
    }

    @Override
    protected String nonce() {
        return local.transport.latestBlockhash();
    }

    @Override
    protected Clock clock() {
        return local.clock;
    }
}
