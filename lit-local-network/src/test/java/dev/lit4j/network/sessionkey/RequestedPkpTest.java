package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.keys.SeedSequence;
import dev.lit4j.network.pkp.AuthMethodId;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.pkp.PkpRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestedPkpTest {
    private static final EthAddress OWNER =
            EthAddress.parseChecksummed("owner", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    private final PkpRegistry pkps = new PkpRegistry(new SeedSequence(5));
    private final Pkp pkp = pkps.mint(OWNER);
    private final SiweMessage siwe = JsSdkClient.sessionSiwe(pkp.ethAddress(), "0x" + "cd".repeat(32), NOW);

    @ParameterizedTest
    @ValueSource(strings = {"0x", ""})
    void theRequestsKeyWithOrWithout0x(String prefix) {
        assertEquals(
                new RequestedPkp(pkp.publicKey(), pkp.ethAddress()),
                RequestedPkp.fromRequest(prefix + pkp.publicKey().toUpperCase(Locale.ROOT), siwe));
    }

    @Test
    void anOddDigitCountGetsALeadingZero() {
        RequestedPkp requested = RequestedPkp.fromRequest(pkp.publicKey().substring(1), siwe);

        assertEquals(pkp.publicKey(), requested.publicKeyHex());
        assertEquals(pkp.tokenId(), requested.tokenId());
    }

    @Test
    void textThatIsNotHexCannotBeConverted() {
        LitNodeError e = assertThrows(LitNodeError.class, () -> RequestedPkp.fromRequest("0x04zz", siwe));

        assertEquals(ErrorKind.CONVERSION, e.kind());
        assertEquals(500, e.status());
        assertEquals(
                "Unable to convert PKP public key from hex to bytes",
                e.details().get(0));
    }

    @Test
    void aKeyShorterThan33BytesIsRefused() {
        LitNodeError e =
                assertThrows(LitNodeError.class, () -> RequestedPkp.fromRequest("0x04" + "11".repeat(31), siwe));

        assertEquals(
                "{\"details\":[\"Error hex decoding pkpPublicKey\",\"Invalid pubkey length.  Expected generally 33"
                        + " or 64 bytes.\"],\"errorKind\":\"Validation\",\"message\":\"An error related to validation has"
                        + " occured.\",\"status\":500}",
                e.toPublicJson(null));
    }

    @Test
    void theSiweMustBeSignedInAsThePkp() {
        Pkp other = pkps.mint(OWNER);

        LitNodeError e = assertThrows(LitNodeError.class, () -> RequestedPkp.fromRequest(other.publicKey0x(), siwe));

        assertEquals(
                "{\"details\":[\"Address in SIWE message " + pkp.ethAddress().lowercaseHexNoPrefix()
                        + " does not match PKP ETH address "
                        + other.ethAddress().lowercaseHexNoPrefix() + "\"],\"errorCode\":"
                        + "\"NodeSIWEMessageError\",\"errorKind\":\"Parser\",\"message\":\"Error parsing SIWE message\","
                        + "\"status\":400}",
                e.toPublicJson(null));
    }

    @Test
    void withoutAKeyThePkpOfTheFirstAuthMethodIsUsed() {
        Pkp other = pkps.mint(OWNER);
        pkps.permitAuthMethod(
                other.tokenId(),
                AuthMethodType.ETH_WALLET,
                AuthMethodId.ethWalletLit(OWNER, true),
                AuthMethodScope.PERSONAL_SIGN);
        AuthMethodContext owner = new AuthMethodContext(OWNER.checksummed(), "lit", 1, true, null);

        assertEquals(
                new RequestedPkp(other.publicKey(), other.ethAddress()),
                RequestedPkp.ofFirstAuthMethod(pkps, List.of(owner)));
    }

    @Test
    void withoutAKeyAnAuthMethodNoPkpPermitsFindsNone() {
        AuthMethodContext owner = new AuthMethodContext(OWNER.checksummed(), "lit", 1, true, null);

        LitNodeError e = assertThrows(LitNodeError.class, () -> RequestedPkp.ofFirstAuthMethod(pkps, List.of(owner)));

        assertEquals(
                "{\"details\":[\"Could not find PKP token IDs for auth method id 0x"
                        + AuthMethodId.ethWalletLit(OWNER, true).hex() + "\"],\"errorCode\":\"NodePKPTokenIdNotFound\","
                        + "\"errorKind\":\"Unexpected\",\"message\":\"Could not find PKP token ID.\",\"status\":400}",
                e.toPublicJson(null));
    }

    @Test
    void withoutAKeyOrAuthMethodsThereIsNoPkp() {
        LitNodeError e = assertThrows(LitNodeError.class, () -> RequestedPkp.ofFirstAuthMethod(pkps, List.of()));

        assertEquals(500, e.status());
        assertEquals(List.of("No auth methods provided"), e.details());
    }
}
