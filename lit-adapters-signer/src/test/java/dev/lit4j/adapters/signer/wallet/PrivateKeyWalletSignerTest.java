package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.testkit.signer.WalletSignerContract;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

class PrivateKeyWalletSignerTest extends WalletSignerContract {
    private static final String HARDHAT_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String HARDHAT_ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final PrivateKeyWalletSigner SIGNER = PrivateKeyWalletSigner.fromHex(HARDHAT_KEY_0);

    @Override
    protected WalletSigner signer() {
        return SIGNER;
    }

    @Override
    protected Optional<WalletSigner> failingSigner() {
        PrivateKeyWalletSigner destroyed = PrivateKeyWalletSigner.generate();
        destroyed.destroy();
        return Optional.of(destroyed);
    }

    @Override
    protected boolean deterministic() {
        return true;
    }

    @Override
    protected List<String> secrets() {
        return List.of(HARDHAT_KEY_0);
    }

    @Test
    void hardhatKeyZeroSignsTheEoaAuthSigMessageExactlyAsTheJsSdk() {
        assertEquals(FlowVector.get("wallet", "address"), SIGNER.address().checksummed());
        assertEquals(
                FlowVector.get("eoaAuthSig", "sig"),
                new PersonalMessageSigner(SIGNER).sign(FlowVector.get("eoaAuthSig", "signedMessage")));
    }

    @Test
    void hardhatKeyZeroMakesTheJsSdksWholeEoaAuthSig() {
        SessionKeyPair sessionKey =
                SessionKeyPair.fromSeed(Hex.decode("seed", FlowVector.get("sessionKey", "seedHex")));
        Instant issuedAt = Instant.parse("2025-01-15T10:00:00Z");
        AuthRequest request = new AuthRequest(
                "ethereum",
                "",
                List.of(),
                Instant.parse("2025-01-16T10:00:00Z"),
                sessionKey.uri(),
                sessionKey.publicKey(),
                FlowVector.get("eoaAuthSig", "signedMessage")
                        .lines()
                        .filter(line -> line.startsWith("Nonce: "))
                        .findFirst()
                        .orElseThrow()
                        .substring(7),
                null,
                List.of(
                        ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING),
                        ResourceAbilityRequest.of(
                                LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)),
                null,
                null,
                null);

        AuthSig authSig = new WalletAuthSigner(SIGNER, Clock.fixed(issuedAt, ZoneOffset.UTC)).authenticate(request);

        assertEquals(
                AuthSig.wallet(
                        FlowVector.get("eoaAuthSig", "sig"),
                        FlowVector.get("eoaAuthSig", "signedMessage"),
                        FlowVector.get("eoaAuthSig", "address")),
                authSig);
        assertTrue(
                FlowVector.get("sessionSig", "signedMessage").contains(AuthSigJson.toJson(authSig)),
                "the AuthSig's JSON is what the JS SDK puts in the session sig's capabilities");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                HARDHAT_KEY_0,
                "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                "0xAC0974BEC39A17E36BA4A6B4D238FF944BACB478CBED5EFCAE784D7BF4F2FF80"
            })
    void readsTheKeyWithOrWithout0xInEitherCase(String hex) {
        assertEquals(
                HARDHAT_ADDRESS_0, PrivateKeyWalletSigner.fromHex(hex).address().checksummed());
    }

    @Test
    void readsWeb3jKeysAndDerivesThePublicHalfItself() {
        Credentials credentials = Credentials.create(HARDHAT_KEY_0);
        assertEquals(
                HARDHAT_ADDRESS_0,
                PrivateKeyWalletSigner.of(credentials).address().checksummed());
        ECKeyPair mismatched = new ECKeyPair(credentials.getEcKeyPair().getPrivateKey(), BigInteger.TWO);
        assertEquals(
                HARDHAT_ADDRESS_0,
                PrivateKeyWalletSigner.of(mismatched).address().checksummed());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0xac0974",
                "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff8g",
                "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80ff",
                ""
            })
    void refusesMalformedKeysWithoutShowingThem(String hex) {
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> PrivateKeyWalletSigner.fromHex(hex));
        assertEquals("privateKey", error.field());
        assertTrue(
                error.getMessage()
                        .endsWith("expected 64 hex digits (32 bytes), optionally after 0x; got " + hex.length()
                                + " characters that are not that (the value is not shown)"),
                error.getMessage());
        assertFalse(error.getMessage().contains("ac0974"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000000000000000000000000000000000000000000000000000000000000000",
                "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141",
                "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            })
    void refusesNumbersThatAreNoSecp256k1Key(String hex) {
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> PrivateKeyWalletSigner.fromHex(hex));
        assertEquals("privateKey", error.field());
        assertTrue(
                error.getMessage()
                        .endsWith("must be between 1 and n − 1 (n = the secp256k1 group order); the value"
                                + " is not shown"),
                error.getMessage());
        assertFalse(error.getMessage().toLowerCase(Locale.ROOT).contains(hex.substring(0, 16)));
    }

    @Test
    void refusesNulls() {
        assertEquals(
                "privateKey",
                assertThrows(InvalidInputException.class, () -> PrivateKeyWalletSigner.fromHex(null))
                        .field());
        assertEquals(
                "keyPair",
                assertThrows(InvalidInputException.class, () -> PrivateKeyWalletSigner.of((ECKeyPair) null))
                        .field());
        assertEquals(
                "credentials",
                assertThrows(InvalidInputException.class, () -> PrivateKeyWalletSigner.of((Credentials) null))
                        .field());
    }

    @Test
    void itsSignaturesAreLowSAndRecoverToItsAddress() {
        byte[] digest = Eip191.hash("low s");
        EcdsaSignature signature = SIGNER.signDigest(digest);
        assertTrue(signature.isLowS());
        assertTrue(signature.recoveryId().isEmpty(), "no trial recoveries in the signer");
        assertEquals(
                SIGNER.address(),
                signature.normalizedFor(digest, SIGNER.address()).orElseThrow().recoverAddress(digest));
        Sign.SignatureData web3j =
                Sign.signMessage(digest, Credentials.create(HARDHAT_KEY_0).getEcKeyPair(), false);
        assertEquals(new BigInteger(1, web3j.getR()), signature.r(), "RFC 6979, as web3j and ethers sign");
        assertEquals(new BigInteger(1, web3j.getS()), signature.s());
    }

    @Test
    void itRefusesADigestThatIsNot32Bytes() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> SIGNER.signDigest(new byte[33]));
        assertEquals("digest", error.field());
        assertTrue(error.getMessage().endsWith("expected 32 bytes (an EIP-191 hash), got 33"), error.getMessage());
        assertEquals(
                "digest",
                assertThrows(InvalidInputException.class, () -> SIGNER.signDigest(null))
                        .field());
    }

    @Test
    void aDestroyedSignerRefusesToSignAndSaysSo() {
        PrivateKeyWalletSigner signer = PrivateKeyWalletSigner.generate();
        assertFalse(signer.isDestroyed());
        signer.destroy();
        assertTrue(signer.isDestroyed());
        SignerException error = assertThrows(SignerException.class, () -> signer.signDigest(Eip191.hash("x")));
        assertEquals(
                "wallet signer " + signer.address() + " was destroyed; it holds no key any more", error.getMessage());
        assertEquals("PrivateKeyWalletSigner[" + signer.address() + ", destroyed]", signer.toString());
    }

    @Test
    void itsToStringShowsOnlyTheAddress() {
        assertEquals("PrivateKeyWalletSigner[" + HARDHAT_ADDRESS_0 + "]", SIGNER.toString());
    }

    @Test
    void generatedSignersAreDifferentAccounts() {
        EthAddress first = PrivateKeyWalletSigner.generate().address();
        assertNotEquals(first, PrivateKeyWalletSigner.generate().address());
    }
}
