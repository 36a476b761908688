package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.pkp.AuthMethodId;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.pkp.PkpRegistry;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * Whether the auth context may have the PKP sign a session key: a Datil node's {@code check_pkp_auth} with
 * the required scope [2] (node spec §3.4 step 11). It passes when, in this order,
 * <ul>
 *   <li>an auth method is permitted as {@code (type, keccak256("<userId>:<appId>"))} with scope 2, or 1
 *       (SignAnything covers personal messages);</li>
 *   <li>for an EthWallet method, the wallet owns the PKP NFT (the owner needs no permission), or is permitted
 *       by its 20 address bytes or as {@code keccak256("<address>:lit")} with the address lowercase or
 *       checksummed, with scope 2 or 1;</li>
 *   <li>a Lit Action of the auth context is permitted by its CID (type 2) with scope 2 or 1.</li>
 * </ul>
 * Stateless.
 */
public final class PkpPermissionCheck {
    /** The scope a session key needs: SignPersonalMessage. */
    public static final AuthMethodScope REQUIRED_SCOPE = AuthMethodScope.PERSONAL_SIGN;

    private PkpPermissionCheck() {}

    /**
     * Passes if the PKP permits one of the auth methods or Lit Actions.
     *
     * @param actionIpfsIds the CIDs of the Lit Actions that authenticated the request
     * @throws LitNodeError {@code NodeAuthSigScopeTooLimited} (401) if nothing is permitted with the scope;
     *     {@code NodeContractResolverConversionFailed} (500) if no PKP has this key, as the PKP NFT contract
     *     then has no owner to report
     */
    public static void require(
            PkpRegistry pkps, RequestedPkp pkp, List<AuthMethodContext> authMethods, List<String> actionIpfsIds) {
        if (!permits(pkps, pkp, authMethods, actionIpfsIds, Set.of(REQUIRED_SCOPE, AuthMethodScope.SIGN_ANYTHING))) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_AUTH_SIG_SCOPE_TOO_LIMITED,
                    "None of the AuthMethods, AuthSig or Lit Actions meet the requires scope [" + REQUIRED_SCOPE.value()
                            + "].");
        }
    }

    /**
     * Whether the PKP permits one of the auth methods or Lit Actions with one of {@code scopes}, by the rules
     * above; {@code pkpSign} asks for {@link AuthMethodScope#SIGN_ANYTHING} alone.
     *
     * @throws LitNodeError {@code NodeContractResolverConversionFailed} (500) if no PKP has this key
     */
    public static boolean permits(
            PkpRegistry pkps,
            RequestedPkp pkp,
            List<AuthMethodContext> authMethods,
            List<String> actionIpfsIds,
            Set<AuthMethodScope> scopes) {
        InvalidInputException.requireNonNull("pkps", pkps);
        InvalidInputException.requireNonNull("pkp", pkp);
        InvalidInputException.requireNonNull("authMethods", authMethods);
        InvalidInputException.requireNonNull("actionIpfsIds", actionIpfsIds);
        InvalidInputException.requireNonNull("scopes", scopes);
        BigInteger tokenId = pkp.tokenId();
        Pkp minted = pkps.find(tokenId)
                .orElseThrow(() -> LitNodeError.of(
                        NodeErrorCode.NODE_CONTRACT_RESOLVER_CONVERSION_FAILED,
                        "Error getting owner of PKP",
                        "no PKP with token id 0x" + tokenId.toString(16) + " was minted on this network"));
        for (AuthMethodContext method : authMethods) {
            AuthMethodType type = new AuthMethodType(method.authMethodType());
            if (permits(pkps, tokenId, type, AuthMethodId.ofUser(method.userId(), method.appId()), scopes)) {
                return true;
            }
            if (type.equals(AuthMethodType.ETH_WALLET) && permitsWallet(pkps, minted, method.userId(), scopes)) {
                return true;
            }
        }
        for (String cid : actionIpfsIds) {
            if (permits(
                    pkps,
                    tokenId,
                    AuthMethodType.LIT_ACTION,
                    AuthMethodId.litAction(IpfsCid.parse("cid", cid)),
                    scopes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean permitsWallet(PkpRegistry pkps, Pkp pkp, String userId, Set<AuthMethodScope> scopes) {
        EthAddress wallet = EthAddress.parseAnyCase("userId", userId);
        if (wallet.equals(pkp.owner())) {
            return true;
        }
        return permits(pkps, pkp.tokenId(), AuthMethodType.ETH_WALLET, AuthMethodId.ethWalletAddress(wallet), scopes)
                || permits(
                        pkps,
                        pkp.tokenId(),
                        AuthMethodType.ETH_WALLET,
                        AuthMethodId.ethWalletLit(wallet, false),
                        scopes)
                || permits(
                        pkps,
                        pkp.tokenId(),
                        AuthMethodType.ETH_WALLET,
                        AuthMethodId.ethWalletLit(wallet, true),
                        scopes);
    }

    private static boolean permits(
            PkpRegistry pkps, BigInteger tokenId, AuthMethodType type, AuthMethodId id, Set<AuthMethodScope> scopes) {
        return pkps.scopesOf(tokenId, type, id).stream().anyMatch(scopes::contains);
    }
}
