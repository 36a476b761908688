package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EthWalletAuthMethodTest {
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00.250Z");
    private static final String NONCE = "0x" + "ab".repeat(32);

    private final FakeWalletSigner wallet = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private final FakeWalletSigner stranger = FakeWalletSigner.random();

    private SiweMessage plainSiwe() {
        return JsSdkClient.plainSiwe(wallet.address(), NONCE, NOW);
    }

    private static LitNodeError rejected(AuthSig authSig) {
        return assertThrows(LitNodeError.class, () -> EthWalletAuthMethod.verify(AuthSigJson.toJson(authSig), NOW));
    }

    @Test
    void aWalletSigGivesItsAuthMethodContext() {
        AuthMethodContext context = EthWalletAuthMethod.verify(
                JsSdkClient.walletAuthMethod(wallet, NONCE, NOW).accessToken(), NOW);

        assertEquals(
                new AuthMethodContext(
                        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                        "lit",
                        1,
                        true,
                        NOW.plus(Duration.ofDays(7)).getEpochSecond()),
                context);
    }

    @Test
    void theUserIdIsTheAddressAsSent() {
        SiweMessage siwe = plainSiwe();
        String lowercase = "0x" + wallet.address().lowercaseHexNoPrefix();
        AuthSig authSig =
                AuthSig.wallet(new PersonalMessageSigner(wallet).sign(siwe.render()), siwe.render(), lowercase);

        assertEquals(
                lowercase,
                EthWalletAuthMethod.verify(AuthSigJson.toJson(authSig), NOW).userId());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{",
                "[]",
                "{\"sig\":\"0x\",\"derivedVia\":\"web3.eth.personal.sign\","
                        + "\"signedMessage\":\"m\",\"address\":\"0x\",\"extra\":1}"
            })
    void aTokenThatIsNoStrictAuthSigIsAJsonError(String token) {
        LitNodeError e = assertThrows(LitNodeError.class, () -> EthWalletAuthMethod.verify(token, NOW));

        assertEquals(NodeErrorCode.NODE_WALLET_SIGNATURE_JSON_ERROR, e.code());
        assertEquals(ErrorKind.PARSER, e.kind());
        assertEquals(502, e.status());
        assertEquals("Unable to parse string into a JsonAuthSig", e.details().get(0));
    }

    @Test
    void aSignatureOfTheWrongFormIsAConversionError() {
        LitNodeError e = rejected(
                AuthSig.wallet("0x1234", plainSiwe().render(), wallet.address().checksummed()));

        assertEquals(NodeErrorCode.NODE_AUTH_SIG_SIGNATURE_CONVERSION_ERROR, e.code());
        assertEquals(ErrorKind.PARSER, e.kind());
        assertEquals(400, e.status());
        assertEquals("Error parsing the signature", e.details().get(0));
    }

    @Test
    void anAddressThatIsNoneIsAConversionError() {
        AuthSig valid = JsSdkClient.walletAuthSig(wallet, plainSiwe());

        LitNodeError e = rejected(new AuthSig(valid.sig(), valid.derivedVia(), valid.signedMessage(), "0xnope", null));

        assertEquals(
                "{\"details\":[\"accessToken.address: expected 0x followed by 40 hex digits, got"
                        + " \\\"0xnope\\\"\"],\"errorCode\":\"NodeAuthSigAddressConversionError\",\"errorKind\":\"Validation\","
                        + "\"message\":\"auth_sig address couldn't be converted to Ethereum address\",\"status\":400}",
                e.toPublicJson(null));
    }

    @Test
    void aSignatureBySomeoneElseFailsVerification() {
        AuthSig byStranger = JsSdkClient.walletAuthSig(stranger, plainSiwe());

        LitNodeError e = rejected(AuthSig.wallet(
                byStranger.sig(), byStranger.signedMessage(), wallet.address().checksummed()));

        assertEquals(null, e.code());
        assertEquals(ErrorKind.VALIDATION, e.kind());
        assertEquals(500, e.status());
        assertEquals(
                List.of(
                        "Invalid signature verification",
                        "the signature does not recover to " + wallet.address() + " over the signed message"),
                e.details());
    }

    @Test
    void aSignedTextThatIsNoSiweIsAParseError() {
        LitNodeError e = rejected(AuthSig.wallet(
                new PersonalMessageSigner(wallet).sign("hello"),
                "hello",
                wallet.address().checksummed()));

        assertEquals(ErrorKind.PARSER, e.kind());
        assertEquals(500, e.status());
        assertEquals("Parse error on SIWE", e.details().get(0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
                "lit:capability:delegation"
            })
    void aSiweDelegatingToASessionOrCapabilityIsNoAuthMethod(String uri) {
        SiweMessage siwe =
                LitSiweBuilder.create(wallet.address(), NONCE, NOW).uri(uri).build();

        LitNodeError e = rejected(JsSdkClient.walletAuthSig(wallet, siwe));

        assertEquals(
                "{\"details\":[\"Invalid URI for top level auth sig: " + uri + "\"],\"errorCode\":"
                        + "\"NodeInvalidAuthSig\",\"errorKind\":\"Validation\",\"message\":\"auth_sig passed is invalid or"
                        + " couldn't be verified\",\"status\":401}",
                e.toPublicJson(null));
    }

    @Test
    void anExpiredSiweFailsTheTimeRules() {
        SiweMessage siwe = LitSiweBuilder.create(wallet.address(), NONCE, NOW.minus(Duration.ofDays(2)))
                .expiration(NOW.minus(Duration.ofDays(1)))
                .build();

        LitNodeError e = rejected(JsSdkClient.walletAuthSig(wallet, siwe));

        assertEquals(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, e.code());
        assertEquals(
                "Session key expiration 2025-01-14T10:00:00.250Z is in the past beyond the grace period of 60"
                        + " seconds (now is 2025-01-15T10:00:00.250Z)",
                e.details().get(0));
    }

    @Test
    void aSiweNamingAnotherAddressFails() {
        SiweMessage forStranger = JsSdkClient.plainSiwe(stranger.address(), NONCE, NOW);

        LitNodeError e = rejected(JsSdkClient.walletAuthSig(wallet, forStranger));

        assertEquals(ErrorKind.VALIDATION, e.kind());
        assertEquals(500, e.status());
        assertEquals(
                List.of(
                        "Error verifying SIWE signature",
                        "the signature recovers to " + wallet.address() + ", not to the SIWE address "
                                + stranger.address()),
                e.details());
    }
}
