package dev.lit4j.domain.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthMethodType;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.siwe.SiweMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EthWalletAuthMethodsTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final KeyWalletSigner HARDHAT_0 = new KeyWalletSigner(
            Vectors.string(FLOW, "wallet", "privateKey"), KeyWalletSigner.Shape.WITHOUT_RECOVERY_ID);
    private static final EthAddress ADDRESS =
            EthAddress.parseChecksummed("a", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final Instant ISSUED_AT = Instant.parse("2025-01-15T10:00:00Z");

    @Test
    void signsAPlainSiweWithTheEthWalletProviderDefaults() {
        AuthMethod method = EthWalletAuthMethods.authenticate(HARDHAT_0, NONCE, ISSUED_AT);

        assertEquals(AuthMethodType.ETH_WALLET, method.type());
        AuthSig authSig = AuthSigJson.parse("accessToken", method.accessToken());
        // client spec §4.1 without a statement (three LFs) and §4.4's EthWalletProvider row: localhost,
        // http://localhost, chain 1, 24 hours, no resources
        assertEquals(
                "localhost wants you to sign in with your Ethereum account:\n"
                        + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n"
                        + "\n"
                        + "\n"
                        + "URI: http://localhost\n"
                        + "Version: 1\n"
                        + "Chain ID: 1\n"
                        + "Nonce: 0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c\n"
                        + "Issued At: 2025-01-15T10:00:00.000Z\n"
                        + "Expiration Time: 2025-01-16T10:00:00.000Z",
                authSig.signedMessage());
        assertEquals(AuthSig.DERIVED_VIA_WALLET, authSig.derivedVia());
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", authSig.address());
        assertEquals(null, authSig.algo());
        PersonalSignatureVerifier.verify("sig", authSig.signedMessage(), authSig.sig(), ADDRESS);
        assertTrue(method.accessToken().startsWith("{\"sig\":\"0x"), method.accessToken());
        assertTrue(
                method.accessToken().endsWith(",\"address\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"}"),
                method.accessToken());
    }

    @Test
    void takesTheCallersDomainUriAndExpirationAndWritesMilliseconds() {
        AuthMethod method = EthWalletAuthMethods.authenticate(
                HARDHAT_0,
                NONCE,
                Instant.parse("2025-01-15T10:00:00.123456789Z"),
                Instant.parse("2025-01-15T11:30:00Z"),
                "app.example.com:8443",
                "https://app.example.com:8443/login");

        SiweMessage siwe = SiweMessage.parse(
                AuthSigJson.parse("accessToken", method.accessToken()).signedMessage());
        assertEquals(
                new SiweMessage(
                        "app.example.com:8443",
                        ADDRESS,
                        null,
                        "https://app.example.com:8443/login",
                        "1",
                        1,
                        NONCE,
                        "2025-01-15T10:00:00.123Z",
                        "2025-01-15T11:30:00.000Z",
                        null,
                        null,
                        null),
                siwe);
    }

    @Test
    void takesTheCallersExpirationWithTheDefaultDomainAndUri() {
        AuthMethod method =
                EthWalletAuthMethods.authenticate(HARDHAT_0, NONCE, ISSUED_AT, Instant.parse("2025-01-15T10:05:00Z"));

        assertEquals(
                new SiweMessage(
                        "localhost",
                        ADDRESS,
                        null,
                        "http://localhost",
                        "1",
                        1,
                        NONCE,
                        "2025-01-15T10:00:00.000Z",
                        "2025-01-15T10:05:00.000Z",
                        null,
                        null,
                        null),
                SiweMessage.parse(
                        AuthSigJson.parse("accessToken", method.accessToken()).signedMessage()));
    }

    @Test
    void isDeterministicWithADeterministicSigner() {
        assertEquals(
                EthWalletAuthMethods.authenticate(HARDHAT_0, NONCE, ISSUED_AT),
                EthWalletAuthMethods.authenticate(HARDHAT_0, NONCE, ISSUED_AT));
    }

    @Test
    void refusesAnExpirationNotAfterTheIssueTime() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> EthWalletAuthMethods.authenticate(
                        HARDHAT_0, NONCE, ISSUED_AT, ISSUED_AT.plusNanos(999_999), "localhost", "http://localhost"));
        assertEquals(
                "expiration: 2025-01-15T10:00:00.000Z is not after the issue time 2025-01-15T10:00:00.000Z",
                e.getMessage());
    }

    @Test
    void refusesASessionOrDelegationUri() {
        for (String uri : new String[] {
            "lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c", "lit:capability:delegation"
        }) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> EthWalletAuthMethods.authenticate(
                            HARDHAT_0, NONCE, ISSUED_AT, ISSUED_AT.plusSeconds(60), "localhost", uri));
            assertEquals(
                    "uri: \"" + uri + "\" delegates to a session key or a capability, which the nodes refuse in"
                            + " an auth method; name the app instead, e.g. http://localhost",
                    e.getMessage());
        }
    }

    @Test
    void refusesWhatSiweDoesNotAllow() {
        assertEquals(
                "siwe.nonce",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(HARDHAT_0, "short", ISSUED_AT))
                        .field());
        assertEquals(
                "siwe.domain",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(
                                        HARDHAT_0,
                                        NONCE,
                                        ISSUED_AT,
                                        ISSUED_AT.plusSeconds(60),
                                        "not a domain",
                                        "http://x"))
                        .field());
    }

    @Test
    void refusesMissingValues() {
        assertEquals(
                "wallet: is missing",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(null, NONCE, ISSUED_AT))
                        .getMessage());
        assertEquals(
                "nonce",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(HARDHAT_0, null, ISSUED_AT))
                        .field());
        assertEquals(
                "issuedAt",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(HARDHAT_0, NONCE, null))
                        .field());
        assertEquals(
                "expiration",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(
                                        HARDHAT_0, NONCE, ISSUED_AT, null, "localhost", "http://localhost"))
                        .field());
        assertEquals(
                "domain",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(
                                        HARDHAT_0,
                                        NONCE,
                                        ISSUED_AT,
                                        ISSUED_AT.plusSeconds(1),
                                        null,
                                        "http://localhost"))
                        .field());
        assertEquals(
                "uri",
                assertThrows(
                                InvalidInputException.class,
                                () -> EthWalletAuthMethods.authenticate(
                                        HARDHAT_0, NONCE, ISSUED_AT, ISSUED_AT.plusSeconds(1), "localhost", null))
                        .field());
    }
}
