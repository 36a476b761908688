package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.action.LitActionCode;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.keys.SeedSequence;
import dev.lit4j.network.pkp.AuthMethodId;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.pkp.PkpRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkpPermissionCheckTest {
    private static final EthAddress OWNER =
            EthAddress.parseChecksummed("owner", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final EthAddress USER =
            EthAddress.parseChecksummed("user", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static final IpfsCid ACTION =
            LitActionCode.of("Lit.Actions.setResponse({response: 'true'})").cid();

    private final PkpRegistry pkps = new PkpRegistry(new SeedSequence(3));
    private final Pkp pkp = pkps.mint(OWNER);
    private final RequestedPkp requested = new RequestedPkp(pkp.publicKey(), pkp.ethAddress());

    private static AuthMethodContext wallet(String userId) {
        return new AuthMethodContext(userId, "lit", 1, true, 1_800_000_000L);
    }

    private void require(List<AuthMethodContext> methods, List<String> actions) {
        PkpPermissionCheck.require(pkps, requested, methods, actions);
    }

    private LitNodeError refused(List<AuthMethodContext> methods, List<String> actions) {
        return assertThrows(LitNodeError.class, () -> require(methods, actions));
    }

    @Test
    void theOwnerNeedsNoPermissionInAnyLetterCase() {
        assertDoesNotThrow(() -> require(List.of(wallet(OWNER.checksummed())), List.of()));
        assertDoesNotThrow(() -> require(List.of(wallet("0x" + OWNER.lowercaseHexNoPrefix())), List.of()));
    }

    @Test
    void anUnpermittedWalletIsRefusedWithTheNodesError() {
        LitNodeError e = refused(List.of(wallet(USER.checksummed())), List.of());

        assertEquals(
                "{\"details\":[\"None of the AuthMethods, AuthSig or Lit Actions meet the requires scope [2].\"],"
                        + "\"errorCode\":\"NodeAuthSigScopeTooLimited\",\"errorKind\":\"Validation\",\"message\":\"auth_sig"
                        + " scope that is passed does not support the requested operation\",\"status\":401}",
                e.toPublicJson(null));
    }

    @Test
    void aWalletIsPermittedByEachOfItsThreeIds() {
        List<AuthMethodId> ids = List.of(
                AuthMethodId.ethWalletAddress(USER),
                AuthMethodId.ethWalletLit(USER, false),
                AuthMethodId.ethWalletLit(USER, true));
        for (AuthMethodId id : ids) {
            PkpRegistry fresh = new PkpRegistry(new SeedSequence(3));
            Pkp minted = fresh.mint(OWNER);
            fresh.permitAuthMethod(minted.tokenId(), AuthMethodType.ETH_WALLET, id, AuthMethodScope.PERSONAL_SIGN);

            assertDoesNotThrow(
                    () -> PkpPermissionCheck.require(fresh, requested, List.of(wallet(USER.checksummed())), List.of()),
                    id.hex());
        }
    }

    @Test
    void signAnythingCoversPersonalSignAndNoPermissionsCoversNothing() {
        pkps.permitAddress(pkp.tokenId(), USER, AuthMethodScope.NO_PERMISSIONS);
        refused(List.of(wallet(USER.checksummed())), List.of());

        pkps.permitAddress(pkp.tokenId(), USER, AuthMethodScope.SIGN_ANYTHING);
        assertDoesNotThrow(() -> require(List.of(wallet(USER.checksummed())), List.of()));
    }

    @Test
    void anAuthMethodIsPermittedByItsUserAndAppId() {
        AuthMethodContext other = new AuthMethodContext("user-7", "app-9", 1, true, null);
        pkps.permitAuthMethod(
                pkp.tokenId(),
                AuthMethodType.ETH_WALLET,
                AuthMethodId.ofUser("user-7", "app-9"),
                AuthMethodScope.PERSONAL_SIGN);

        assertDoesNotThrow(() -> require(List.of(wallet(USER.checksummed()), other), List.of()));
    }

    @Test
    void aLitActionIsPermittedByItsCid() {
        refused(List.of(), List.of(ACTION.value()));

        pkps.permitAction(pkp.tokenId(), ACTION, AuthMethodScope.PERSONAL_SIGN);

        assertDoesNotThrow(() -> require(List.of(wallet(USER.checksummed())), List.of(ACTION.value())));
    }

    @Test
    void aPkpNobodyMintedHasNoOwner() {
        PkpRegistry empty = new PkpRegistry(new SeedSequence(4));

        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> PkpPermissionCheck.require(empty, requested, List.of(wallet(OWNER.checksummed())), List.of()));

        assertEquals(
                "{\"details\":[\"Error getting owner of PKP\",\"no PKP with token id 0x"
                        + pkp.tokenId().toString(16)
                        + " was minted on this network\"],\"errorCode\":\"NodeContractResolverConversionFailed\",\"errorKind\":"
                        + "\"Unexpected\",\"message\":\"Failed to perform the conversion from Lit Config to Contract"
                        + " Resolver\",\"status\":500}",
                e.toPublicJson(null));
    }
}
