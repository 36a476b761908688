package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.siwe.PaymentDelegation;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import dev.lit4j.domain.usecase.CapacityDelegationIssuer;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityDelegationIssuerTest {
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";

    private final FakeClock clock = new FakeClock(Instant.parse("2025-01-15T10:00:00.000Z"));
    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(
                    List.of("http://127.0.0.1:1"),
                    1,
                    BlsThresholdKey.fromSeed(1, 1, 1).publicKey()),
            NONCE);
    private final CapacityDelegationIssuer issuer = new CapacityDelegationIssuer(nodes, clock);
    private final FakeWalletSigner owner = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    @Test
    void reproducesTheJsSdkDelegation() {
        JsonObject expected =
                FlowVector.SIWE_RECAP.getAsJsonObject("capacityDelegation").getAsJsonObject("authSig");

        AuthSig sig = issuer.createCapacityDelegationAuthSig(
                owner, new CapacityDelegation("25364", List.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), "100"));

        assertEquals(expected.toString(), AuthSigJson.toJson(sig));
    }

    @Test
    void honoursAnExplicitExpiration() {
        AuthSig sig = issuer.createCapacityDelegationAuthSig(
                owner, new CapacityDelegation(null, null, null), Instant.parse("2025-01-16T00:00:00Z"));

        assertEquals(true, sig.signedMessage().contains("\nExpiration Time: 2025-01-16T00:00:00.000Z\n"));
        assertEquals(true, sig.signedMessage().contains("'Auth': 'Auth' for 'lit-ratelimitincrease://*'."));
    }

    @Test
    void refusesAnExpirationInThePast() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.createCapacityDelegationAuthSig(
                        owner, new CapacityDelegation("1", null, null), Instant.parse("2025-01-14T00:00:00Z")));
        assertEquals(
                "expiration: 2025-01-14T00:00:00.000Z is not in the future (now is 2025-01-15T10:00:00.000Z)",
                e.getMessage());
    }

    @Test
    void reportsAFailingSigner() {
        owner.failWith(new SignerException("HSM token removed"));
        assertEquals(
                "HSM token removed",
                assertThrows(
                                SignerException.class,
                                () -> issuer.createCapacityDelegationAuthSig(
                                        owner, new CapacityDelegation("1", null, null)))
                        .getMessage());
    }

    @Test
    void makesANagaPaymentDelegationSignedByThePayer() {
        PaymentDelegation delegation = new PaymentDelegation(
                List.of(new EthAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")),
                BigInteger.TEN,
                List.of(PaymentDelegationScope.ENCRYPTION_SIGN));

        AuthSig sig = issuer.createPaymentDelegationAuthSig(owner, delegation);

        assertEquals(owner.address().checksummed(), sig.address());
        PersonalSignatureVerifier.verify("sig", sig.signedMessage(), sig.sig(), owner.address());
        assertEquals(true, sig.signedMessage().contains("'Auth': 'Auth' for 'lit-paymentdelegation://*'."));
        assertEquals(true, sig.signedMessage().contains("\nURI: lit:capability:delegation\n"));
        assertEquals(true, sig.signedMessage().contains("\nNonce: " + NONCE + "\n"));
        assertEquals(true, sig.signedMessage().contains("\nExpiration Time: 2025-01-22T10:00:00.000Z\n"));
        AuthSig explicit =
                issuer.createPaymentDelegationAuthSig(owner, delegation, Instant.parse("2025-01-16T00:00:00Z"));
        assertEquals(true, explicit.signedMessage().contains("\nExpiration Time: 2025-01-16T00:00:00.000Z\n"));
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.createPaymentDelegationAuthSig(owner, delegation, Instant.parse("2025-01-14T00:00:00Z")));
        assertEquals(
                "expiration: 2025-01-14T00:00:00.000Z is not in the future (now is 2025-01-15T10:00:00.000Z)",
                e.getMessage());
    }
}
