package dev.lit4j.network.sessionkey;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the JS SDK v7 sends to {@code /web/sign_session_key/v1} (client spec §7.1, §7.3, §7.4), for the tests. */
public final class JsSdkClient {
    /** The statement {@code signSessionKey} starts with. */
    public static final String STATEMENT = "Lit Protocol PKP session signature";
    /** The SIWE domain outside a browser. */
    public static final String DOMAIN = "litprotocol.com";
    /** The session key of client spec A.1. */
    public static final SessionPublicKey SESSION_KEY =
            new SessionPublicKey("ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c");
    /** The usual session capabilities: PKP signing and Lit Action execution on every resource. */
    public static final List<ResourceAbilityRequest> PKP_AND_LIT_ACTION = List.of(
            ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING),
            ResourceAbilityRequest.of(
                    LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION));

    private JsSdkClient() {}

    /**
     * The SIWE {@code signSessionKey} sends for {@code getPkpSessionSigs}: the PKP's address, the session key
     * URI, the statement followed by the empty ReCap statement (what {@code getSessionSigs} passes) and then the
     * ReCap of the requests.
     */
    public static SiweMessage sessionSiwe(
            EthAddress pkpAddress, String sessionKeyUri, String nonce, Instant issuedAt, Instant expiration) {
        return LitSiweBuilder.create(pkpAddress, nonce, issuedAt)
                .domain(DOMAIN)
                .statement(STATEMENT + " " + Recap.empty().statement())
                .uri(sessionKeyUri)
                .expiration(expiration)
                .resources(PKP_AND_LIT_ACTION)
                .build();
    }

    /** A plain SIWE (no ReCap) by {@code wallet}, as an EthWallet auth provider has it signed. */
    public static SiweMessage plainSiwe(EthAddress wallet, String nonce, Instant issuedAt) {
        return LitSiweBuilder.create(wallet, nonce, issuedAt).build();
    }

    /** The wallet AuthSig of {@code siwe}, signed with EIP-191 by {@code wallet}. */
    public static AuthSig walletAuthSig(WalletSigner wallet, SiweMessage siwe) {
        String text = siwe.render();
        return AuthSig.wallet(
                new PersonalMessageSigner(wallet).sign(text),
                text,
                wallet.address().checksummed());
    }

    /** An EthWallet auth method over a plain SIWE signed by {@code wallet}. */
    public static AuthMethod walletAuthMethod(WalletSigner wallet, String nonce, Instant issuedAt) {
        return AuthMethod.ethWallet(walletAuthSig(wallet, plainSiwe(wallet.address(), nonce, issuedAt)));
    }

    /**
     * The request body, keys in the JS SDK's order: {@code sessionKey, authMethods, pkpPublicKey, siweMessage,
     * curveType, epoch}.
     */
    public static JsonObject body(List<AuthMethod> authMethods, String pkpPublicKey0x, SiweMessage siwe) {
        JsonObject body = new JsonObject();
        body.addProperty("sessionKey", SESSION_KEY.uri());
        JsonArray methods = new JsonArray();
        authMethods.forEach(method -> methods.add(JsonParser.parseString(method.toJson())));
        body.add("authMethods", methods);
        body.addProperty("pkpPublicKey", pkpPublicKey0x);
        body.addProperty("siweMessage", siwe.render());
        body.addProperty("curveType", "BLS");
        body.addProperty("epoch", 31316);
        return body;
    }

    /** A session SIWE for {@link #SESSION_KEY}. */
    public static SiweMessage sessionSiwe(EthAddress pkpAddress, String nonce, Instant issuedAt, Instant expiration) {
        return sessionSiwe(pkpAddress, SESSION_KEY.uri(), nonce, issuedAt, expiration);
    }

    /** A session SIWE for {@link #SESSION_KEY} issued at {@code now} that expires a day later. */
    public static SiweMessage sessionSiwe(EthAddress pkpAddress, String nonce, Instant now) {
        return sessionSiwe(pkpAddress, nonce, now, now.plus(Duration.ofDays(1)));
    }
}
