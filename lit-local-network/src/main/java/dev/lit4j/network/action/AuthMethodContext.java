package dev.lit4j.network.action;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.lit4j.domain.InvalidInputException;

/**
 * One verified auth method in a {@link LitAuthContext}, as {@code Lit.Auth.authMethodContexts} shows it.
 *
 * @param userId the method's user id, e.g. the wallet address for an EthWallet method
 * @param appId the method's app id, e.g. {@code "lit"} for an EthWallet method
 * @param authMethodType the method's type number (1 EthWallet, 2 Lit Action, …)
 * @param usedForSignSessionKeyRequest whether the method was verified for a {@code sign_session_key} call
 * @param expiration the method's expiry in Unix seconds, or null when unknown
 */
public record AuthMethodContext(
        String userId, String appId, int authMethodType, boolean usedForSignSessionKeyRequest, Long expiration) {

    public AuthMethodContext {
        InvalidInputException.requireNonNull("authMethodContext.userId", userId);
        InvalidInputException.requireNonNull("authMethodContext.appId", appId);
        if (authMethodType < 0) {
            throw new InvalidInputException("authMethodContext.authMethodType", "must be >= 0, got " + authMethodType);
        }
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("userId", userId);
        json.addProperty("appId", appId);
        json.addProperty("authMethodType", authMethodType);
        json.addProperty("usedForSignSessionKeyRequest", usedForSignSessionKeyRequest);
        json.add("expiration", expiration == null ? JsonNull.INSTANCE : new JsonPrimitive(expiration));
        return json;
    }
}
