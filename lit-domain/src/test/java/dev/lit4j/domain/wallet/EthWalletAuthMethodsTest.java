package dev.lit4j.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthMethodType;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.port.WalletSigner;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EthWalletAuthMethodsTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final WalletSigner WALLET = new KeyWalletSigner(Vectors.string(FLOW, "wallet", "privateKey"),
            KeyWalletSigner.Shape.WITH_RECOVERY_ID);
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final Instant ISSUED_AT = Instant.parse("2025-01-15T10:00:00Z");
    private static final Instant EXPIRATION = Instant.parse("2025-01-16T10:00:00Z");
    /** A plain SIWE with the JS SDK's defaults: no ReCap, no resources. */
    private static final String PLAIN_SIWE = "localhost wants you to sign in with your Ethereum account:\n"
            + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\n"
            + "This is a test statement.  You can put anything you want here.\n\n"
            + "URI: https://localhost/login\n"
            + "Version: 1\n"
            + "Chain ID: 1\n"
            + "Nonce: " + NONCE + "\n"
            + "Issued At: 2025-01-15T10:00:00.000Z\n"
            + "Expiration Time: 2025-01-16T10:00:00.000Z";

    @Test
    void isTheWalletsPersonalSignatureOverAPlainSiwe() {
        AuthMethod method = EthWalletAuthMethods.of(WALLET, NONCE, ISSUED_AT, EXPIRATION);

        assertEquals(AuthMethodType.ETH_WALLET, method.type());
        AuthSig authSig = AuthSigJson.parse("accessToken", method.accessToken());
        assertEquals(PLAIN_SIWE, authSig.signedMessage());
        assertEquals(AuthSig.DERIVED_VIA_WALLET, authSig.derivedVia());
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", authSig.address());
        PersonalSignatureVerifier.verify("sig", PLAIN_SIWE, authSig.sig(), WALLET.address());
        assertEquals(AuthMethod.ethWallet(authSig), method, "exactly the JSON of the AuthSig");
    }

    @Test
    void refusesAnExpirationThatIsNotAfterTheIssueTime() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EthWalletAuthMethods.of(WALLET, NONCE, ISSUED_AT, ISSUED_AT));
        assertEquals("expiration: 2025-01-15T10:00:00.000Z is not after issuedAt 2025-01-15T10:00:00.000Z; an auth"
                + " method must be valid for some time", e.getMessage());
    }

    @Test
    void refusesMissingArguments() {
        assertEquals("signer", assertThrows(InvalidInputException.class,
                () -> EthWalletAuthMethods.of(null, NONCE, ISSUED_AT, EXPIRATION)).field());
        assertEquals("nonce", assertThrows(InvalidInputException.class,
                () -> EthWalletAuthMethods.of(WALLET, null, ISSUED_AT, EXPIRATION)).field());
        assertEquals("issuedAt", assertThrows(InvalidInputException.class,
                () -> EthWalletAuthMethods.of(WALLET, NONCE, null, EXPIRATION)).field());
        assertEquals("expiration", assertThrows(InvalidInputException.class,
                () -> EthWalletAuthMethods.of(WALLET, NONCE, ISSUED_AT, null)).field());
    }
}
