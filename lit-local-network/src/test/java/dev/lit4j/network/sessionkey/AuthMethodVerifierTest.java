package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthMethodVerifierTest {
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final String NONCE = "0x" + "ef".repeat(32);

    @Test
    void everyWalletMethodIsVerifiedInOrder() {
        FakeWalletSigner first = FakeWalletSigner.random();
        FakeWalletSigner second = FakeWalletSigner.random();

        List<AuthMethodContext> contexts = AuthMethodVerifier.verifyAll(
                List.of(
                        new RequestAuthMethod(
                                AuthMethodType.ETH_WALLET,
                                JsSdkClient.walletAuthMethod(first, NONCE, NOW).accessToken()),
                        new RequestAuthMethod(
                                AuthMethodType.ETH_WALLET,
                                JsSdkClient.walletAuthMethod(second, NONCE, NOW).accessToken())),
                NOW);

        assertEquals(
                List.of(first.address().checksummed(), second.address().checksummed()),
                contexts.stream().map(AuthMethodContext::userId).toList());
    }

    @Test
    void noMethodsGiveNoContexts() {
        assertEquals(List.of(), AuthMethodVerifier.verifyAll(List.of(), NOW));
    }

    @Test
    void otherTypesAreUnsupported() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> AuthMethodVerifier.verifyAll(
                        List.of(new RequestAuthMethod(new AuthMethodType(6), "eyJhbGciOi.jwt")), NOW));

        assertEquals(
                "{\"details\":[\"Failed to verify auth method\",\"Unsupported auth method type: 6\"],"
                        + "\"errorKind\":\"Validation\",\"message\":\"An error related to validation has occured.\","
                        + "\"status\":500}",
                e.toPublicJson(null));
    }

    @Test
    void theAccessTokenIsNotShown() {
        assertEquals(
                "RequestAuthMethod[type=6, accessToken=<14 characters>]",
                new RequestAuthMethod(new AuthMethodType(6), "eyJhbGciOi.jwt").toString());
    }
}
