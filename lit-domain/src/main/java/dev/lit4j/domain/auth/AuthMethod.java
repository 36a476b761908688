package dev.lit4j.domain.auth;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsJson;

/**
 * A proof of identity that the Lit nodes check before they sign a PKP session key: a type and a
 * type-specific access token (client spec §7.10). The access token is a credential; it is not
 * shown by {@link #toString()}.
 *
 * @param type the kind of auth method
 * @param accessToken the token, e.g. the JSON of a wallet AuthSig for {@link AuthMethodType#ETH_WALLET}
 */
public record AuthMethod(AuthMethodType type, String accessToken) {

    public AuthMethod {
        InvalidInputException.requireNonNull("authMethod.authMethodType", type);
        InvalidInputException.requireNonNull("authMethod.accessToken", accessToken);
        if (accessToken.isEmpty()) {
            throw new InvalidInputException("authMethod.accessToken", "must not be empty");
        }
    }

    /** An EthWallet auth method carrying {@code authSig} (a wallet signature over a plain SIWE). */
    public static AuthMethod ethWallet(AuthSig authSig) {
        return new AuthMethod(AuthMethodType.ETH_WALLET, AuthSigJson.toJson(authSig));
    }

    /** The wire JSON: {@code {"authMethodType":<n>,"accessToken":"<token>"}}. */
    public String toJson() {
        StringBuilder out = new StringBuilder(accessToken.length() + 48);
        out.append('{');
        JsJson.key(out, "authMethodType");
        out.append(type.wireValue()).append(',');
        JsJson.key(out, "accessToken");
        JsJson.quote(out, accessToken);
        return out.append('}').toString();
    }

    @Override
    public String toString() {
        return "AuthMethod[type=" + type + ", accessToken=<" + accessToken.length() + " characters>]";
    }
}
