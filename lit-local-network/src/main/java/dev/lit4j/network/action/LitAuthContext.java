package dev.lit4j.network.action;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.lit4j.domain.InvalidInputException;
import java.util.List;

/**
 * What a Lit Action sees as {@code Lit.Auth}: the auth context the node resolved for the request.
 *
 * @param actionIpfsIds the CIDs of the Lit Actions on the call stack, the running one included
 * @param authMethodContexts the auth methods the node verified
 * @param authSigAddress the address of the request's AuthSig, or null
 * @param resources the resources of the auth context (empty for {@code sign_session_key})
 */
public record LitAuthContext(
        List<String> actionIpfsIds,
        List<AuthMethodContext> authMethodContexts,
        String authSigAddress,
        List<String> resources) {

    /** The context of a request that carried no auth at all. */
    public static final LitAuthContext EMPTY = new LitAuthContext(List.of(), List.of(), null, List.of());

    public LitAuthContext {
        actionIpfsIds = List.copyOf(InvalidInputException.requireNonNull("authContext.actionIpfsIds", actionIpfsIds));
        authMethodContexts =
                List.copyOf(InvalidInputException.requireNonNull("authContext.authMethodContexts", authMethodContexts));
        resources = List.copyOf(InvalidInputException.requireNonNull("authContext.resources", resources));
    }

    /** The JSON object the action sees: keys {@code actionIpfsIds, authMethodContexts, authSigAddress, resources}. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        JsonArray ids = new JsonArray();
        actionIpfsIds.forEach(ids::add);
        json.add("actionIpfsIds", ids);
        JsonArray methods = new JsonArray();
        authMethodContexts.forEach(method -> methods.add(method.toJson()));
        json.add("authMethodContexts", methods);
        json.add("authSigAddress", authSigAddress == null ? JsonNull.INSTANCE : new JsonPrimitive(authSigAddress));
        JsonArray resourceArray = new JsonArray();
        resources.forEach(resourceArray::add);
        json.add("resources", resourceArray);
        return json;
    }
}
