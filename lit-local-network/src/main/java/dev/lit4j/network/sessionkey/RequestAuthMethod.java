package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.network.pkp.AuthMethodType;

/**
 * One entry of a {@code sign_session_key} request's {@code authMethods}, as a node reads it: any type
 * number, and the access token as sent. The token is a credential and is not shown by {@link #toString()}.
 *
 * @param type the {@code authMethodType}
 * @param accessToken the {@code accessToken}, e.g. the JSON of a wallet AuthSig for type 1
 */
public record RequestAuthMethod(AuthMethodType type, String accessToken) {

    public RequestAuthMethod {
        InvalidInputException.requireNonNull("authMethodType", type);
        InvalidInputException.requireNonNull("accessToken", accessToken);
    }

    @Override
    public String toString() {
        return "RequestAuthMethod[type=" + type.value() + ", accessToken=<" + accessToken.length() + " characters>]";
    }
}
