package dev.lit4j.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuthMethodTest {

    @Test
    void ethWalletCarriesTheAuthSigJson() {
        AuthSig sig = AuthSig.wallet("0xab", "m", "0x1");
        AuthMethod method = AuthMethod.ethWallet(sig);
        assertEquals(
                "{\"authMethodType\":1,\"accessToken\":\"{\\\"sig\\\":\\\"0xab\\\",\\\"derivedVia\\\":"
                        + "\\\"web3.eth.personal.sign\\\",\\\"signedMessage\\\":\\\"m\\\",\\\"address\\\":\\\"0x1\\\"}\"}",
                method.toJson());
    }

    @Test
    void toStringHidesTheToken() {
        AuthMethod method = new AuthMethod(AuthMethodType.GOOGLE_JWT, "secret-jwt");
        assertFalse(method.toString().contains("secret-jwt"));
        assertEquals("AuthMethod[type=GOOGLE_JWT, accessToken=<10 characters>]", method.toString());
    }

    @Test
    void wireNumbers() {
        assertEquals(AuthMethodType.APPLE_JWT, AuthMethodType.fromWireValue(8));
        assertEquals(13, AuthMethodType.STYTCH_TOTP_FACTOR_OTP.wireValue());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AuthMethodType.fromWireValue(7));
        assertEquals("authMethodType: unknown auth method type 7; expected one of 1-6 or 8-13", e.getMessage());
    }

    @Test
    void rejectsEmptyToken() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new AuthMethod(AuthMethodType.ETH_WALLET, ""));
        assertEquals("authMethod.accessToken: must not be empty", e.getMessage());
    }
}
