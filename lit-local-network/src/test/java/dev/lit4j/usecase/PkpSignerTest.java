package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.PkpSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/** The {@code pkpSign} use case over a fake transport: what it checks before sending and after the answer. */
class PkpSignerTest {
    private static final List<String> URLS = List.of("http://127.0.0.1:1", "http://127.0.0.1:2");
    private static final DataToSign DATA =
            DataToSign.hashOf("sign me".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256);
    private static final ECKeyPair PKP_KEY = ECKeyPair.create(BigInteger.valueOf(123_456_789));
    private static final PkpPublicKey PKP = new PkpPublicKey(
            Hex.encode(Sign.publicPointFromPrivate(PKP_KEY.getPrivateKey()).getEncoded(false)));

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(URLS, 2, BlsThresholdKey.fromSeed(2, 2, 1).publicKey()), "0x" + "ab".repeat(32));
    private final PkpSigner signer = new PkpSigner(nodes, clock);
    private final SessionSigs sigs = new SessionSigIssuer(nodes, new FakeSessionStore(), clock)
            .getSessionSigs(
                    SessionSigsRequest.builder()
                            .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                            .expiration(clock.instant().plus(Duration.ofHours(1)))
                            .build(),
                    new WalletAuthSigner(FakeWalletSigner.random(), clock));

    @Test
    void sendsTheRequestAndReturnsTheTransportsSignatureWhenItIsThePkps() {
        PkpSignature signature = signatureBy(PKP_KEY, PKP);
        nodes.onPkpSign(request -> signature);
        PkpSignRequest request = new PkpSignRequest(DATA, PKP, sigs);

        assertSame(signature, signer.pkpSign(request));
        assertEquals(List.of(request), nodes.pkpSignRequests());
    }

    @Test
    void refusesSessionSigsWithoutAnEntryForAConnectedNodeBeforeSending() {
        SessionSigs partial =
                new SessionSigs(Map.of(URLS.get(0), sigs.forNode(URLS.get(0)).orElseThrow()));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> signer.pkpSign(new PkpSignRequest(DATA, PKP, partial)));

        assertEquals(
                "sessionSigs: has no session sig for the node http://127.0.0.1:2; they are for"
                        + " [http://127.0.0.1:1], make them for the connected nodes",
                e.getMessage());
        assertEquals(List.of(), nodes.pkpSignRequests());
    }

    @Test
    void refusesExpiredSessionSigsBeforeSending() {
        clock.advance(Duration.ofHours(2));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> signer.pkpSign(new PkpSignRequest(DATA, PKP, sigs)));

        assertEquals(
                "sessionSigs[http://127.0.0.1:1].signedMessage.expiration: the session sig expired at"
                        + " 2026-01-10T13:00:00.000Z (now 2026-01-10T14:00:00.000Z); make new session sigs",
                e.getMessage());
        assertEquals(List.of(), nodes.pkpSignRequests());
    }

    @Test
    void refusesATransportSignatureThatIsNotThePkps() {
        ECKeyPair other = ECKeyPair.create(BigInteger.valueOf(987_654_321));
        PkpPublicKey otherKey = new PkpPublicKey(
                Hex.encode(Sign.publicPointFromPrivate(other.getPrivateKey()).getEncoded(false)));
        nodes.onPkpSign(request -> signatureBy(other, otherKey));
        InvalidSignatureException wrongKey = assertThrows(
                InvalidSignatureException.class, () -> signer.pkpSign(new PkpSignRequest(DATA, PKP, sigs)));
        nodes.onPkpSign(request -> signatureBy(other, PKP));
        InvalidSignatureException notRecovering = assertThrows(
                InvalidSignatureException.class, () -> signer.pkpSign(new PkpSignRequest(DATA, PKP, sigs)));

        assertEquals(
                "pkpSign.signature: the transport returned a signature by " + otherKey + " of " + DATA
                        + ", not by the PKP " + PKP + " of " + DATA,
                wrongKey.getMessage());
        assertEquals(
                "pkpSign.signature: the transport's signature does not recover to the PKP's address "
                        + PKP.ethAddress().checksummed(),
                notRecovering.getMessage());
    }

    private static PkpSignature signatureBy(ECKeyPair key, PkpPublicKey claimed) {
        Sign.SignatureData data = Sign.signMessage(DATA.bytes(), key, false);
        EcdsaSignature signature =
                EcdsaSignature.of(new BigInteger(1, data.getR()), new BigInteger(1, data.getS()), data.getV()[0] - 27);
        return new PkpSignature(signature, claimed, DATA);
    }
}
