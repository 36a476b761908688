package dev.lit4j.adapters.node;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.SignSessionKeyRequest;
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

/** Values shared by the tests: the session key of client spec A.1, the PKP of §7.3, and PKP requests as the JS SDK makes them. */
final class Fixtures {
    /** Client spec A.1: the session key from seed 07 × 32. */
    static final SessionPublicKey SESSION_KEY =
            new SessionPublicKey("ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c");
    /** Client spec §7.3: the secp256k1 generator as a PKP, address 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf. */
    static final PkpPublicKey PKP = new PkpPublicKey("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f8179"
            + "8483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
    /** A wallet auth method that is never checked (for request-writing tests). */
    static final AuthMethod AUTH_METHOD =
            AuthMethod.ethWallet(AuthSig.wallet("0x01", "a SIWE", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    /** PKP signing and Lit Action execution on every resource, as {@code getPkpSessionSigs} usually asks. */
    static final List<ResourceAbilityRequest> PKP_AND_LIT_ACTION = List.of(
            ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING),
            ResourceAbilityRequest.of(
                    LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION));

    private Fixtures() {}

    /** A SIWE by {@link #PKP} delegating to {@link #SESSION_KEY}, with {@code nonce} (for share-checking tests). */
    static String siwe(String nonce) {
        return new SiweMessage(
                        "litprotocol.com",
                        PKP.ethAddress(),
                        "Lit Protocol PKP session signature",
                        SESSION_KEY.uri(),
                        SiweMessage.VERSION_1,
                        1,
                        nonce,
                        "2025-01-15T10:00:00.000Z",
                        "2025-01-16T10:00:00.000Z",
                        null,
                        null,
                        null)
                .render();
    }

    /**
     * The request {@code getPkpSessionSigs} has the nodes sign (client spec §7.1–7.4): the session SIWE of
     * {@code pkp} for {@link #SESSION_KEY} with the ReCap of {@link #PKP_AND_LIT_ACTION}, issued now and valid
     * a day, authenticated by an EthWallet auth method of {@code wallet} over a plain SIWE.
     */
    static SignSessionKeyRequest pkpRequest(String nonce, WalletSigner wallet, PkpPublicKey pkp) {
        Instant now = Instant.now();
        AuthMethod walletMethod = walletAuthMethod(nonce, wallet);
        String siwe = LitSiweBuilder.create(pkp.ethAddress(), nonce, now)
                .domain("litprotocol.com")
                .statement("Lit Protocol PKP session signature " + Recap.empty().statement())
                .uri(SESSION_KEY.uri())
                .expiration(now.plus(Duration.ofDays(1)))
                .resources(PKP_AND_LIT_ACTION)
                .build()
                .render();
        return new SignSessionKeyRequest(SESSION_KEY, List.of(walletMethod), pkp, siwe, null, null, null);
    }

    /** An EthWallet auth method: {@code wallet}'s EIP-191 signature of a plain SIWE with {@code nonce}, issued now. */
    static AuthMethod walletAuthMethod(String nonce, WalletSigner wallet) {
        String plain = LitSiweBuilder.create(wallet.address(), nonce, Instant.now())
                .build()
                .render();
        return AuthMethod.ethWallet(AuthSig.wallet(
                new PersonalMessageSigner(wallet).sign(plain),
                plain,
                wallet.address().checksummed()));
    }

    /** A node answer built with Gson, as the adapter reads it: through the domain's strict JSON reader. */
    static JsonValue.Obj body(JsonObject answer) {
        return (JsonValue.Obj) JsonValueParser.parse("answer", answer.toString());
    }

    /** A JSON value built with Gson, as the adapter reads it. */
    static JsonValue value(JsonElement json) {
        return JsonValueParser.parse("value", json.toString());
    }
}
