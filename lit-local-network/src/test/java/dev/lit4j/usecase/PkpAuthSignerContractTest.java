package dev.lit4j.usecase;

import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.testkit.signer.AuthSignerContract;
import dev.lit4j.testkit.transport.NodeFault;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The PKP auth step over a {@code FakeNodeTransport} passes the auth signer contract. */
class PkpAuthSignerContractTest extends AuthSignerContract {
    private static final AuthMethod OWNER =
            EthWalletAuthMethods.authenticate(FakeNetworkFixture.WALLET, FakeNetworkFixture.BLOCKHASH, Instant.now());

    private final FakeNetworkFixture network = new FakeNetworkFixture();
    private final FakeNetworkFixture refusing = new FakeNetworkFixture();

    PkpAuthSignerContractTest() {
        refusing.inject(
                NodeFault.REFUSES, new HashSet<>(refusing.expectedNetwork().nodeUrls()));
    }

    @AfterEach
    void stop() {
        network.close();
        refusing.close();
    }

    @Override
    protected AuthSigner signer() {
        return pkpSigner(network);
    }

    @Override
    protected Optional<AuthSigner> failingSigner() {
        return Optional.of(pkpSigner(refusing));
    }

    @Override
    protected Optional<BlsPublicKey> networkKey() {
        return Optional.of(network.expectedNetwork().networkPublicKey());
    }

    @Override
    protected String nonce() {
        return FakeNetworkFixture.BLOCKHASH;
    }

    private static AuthSigner pkpSigner(FakeNetworkFixture fixture) {
        return new PkpAuthSigner(fixture.transport(), Clock.systemUTC(), FakeNetworkFixture.PKP, List.of(OWNER));
    }
}
