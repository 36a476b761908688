package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.action.LitAuthContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The auth context as Datil nodes write it into the {@code auth_context} nota bene of the SIWE they sign
 * (node spec §3.5, client spec §7.5), matching the recorded Datil answers: {@code actionIpfsIds},
 * {@code authMethodContexts} (each {@code userId, appId, authMethodType, usedForSignSessionKeyRequest} and
 * {@code expiration} in Unix seconds when known), {@code authSigAddress} (null without an AuthSig),
 * {@code resources}, and {@code customAuthResource} only when a custom-auth Lit Action ran. Key order does not
 * matter: the ReCap is written canonically. Stateless.
 */
public final class AuthContextJson {
    private AuthContextJson() {}

    /**
     * The JSON of {@code context}.
     *
     * @param customAuthResource the response of the custom-auth Lit Action, or null when none ran
     */
    public static JsonValue.Obj of(LitAuthContext context, String customAuthResource) {
        InvalidInputException.requireNonNull("authContext", context);
        List<JsonValue> methods = new ArrayList<>();
        for (AuthMethodContext method : context.authMethodContexts()) {
            methods.add(method(method));
        }
        JsonValue.Obj.Builder json = JsonValue.Obj.builder()
                .put("actionIpfsIds", JsonValue.ofStrings(context.actionIpfsIds()))
                .put("authMethodContexts", new JsonValue.Arr(methods))
                .put(
                        "authSigAddress",
                        context.authSigAddress() == null
                                ? JsonValue.Null.INSTANCE
                                : JsonValue.of(context.authSigAddress()))
                .put("resources", JsonValue.ofStrings(context.resources()));
        if (customAuthResource != null) {
            json.put("customAuthResource", JsonValue.of(customAuthResource));
        }
        return json.build();
    }

    private static JsonValue.Obj method(AuthMethodContext method) {
        JsonValue.Obj.Builder json = JsonValue.Obj.builder()
                .put("userId", JsonValue.of(method.userId()))
                .put("appId", JsonValue.of(method.appId()))
                .put("authMethodType", new JsonValue.Num(method.authMethodType()))
                .put("usedForSignSessionKeyRequest", new JsonValue.Bool(method.usedForSignSessionKeyRequest()));
        if (method.expiration() != null) {
            json.put("expiration", new JsonValue.Num(method.expiration()));
        }
        return json.build();
    }
}
