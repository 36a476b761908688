package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.RequestMembers;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import java.util.OptionalLong;

/**
 * The body of {@code POST /web/execute/v1} as the JS SDK 7.4 writes it (operations spec §2.2): the caller's
 * parameters — {@code code} (base64 of the UTF-8 source) or {@code ipfsId}, then {@code jsParams} when given —,
 * then {@code authSig} (the node's own session sig), then {@code epoch} when known. The SDK-only options
 * (response strategy, single node) stay on the client: the node ignores them.
 */
final class ExecuteJsBody {
    private ExecuteJsBody() {}

    /** The compact JSON body for the node whose session sig is {@code sessionSig}. */
    static String write(ExecuteJsRequest request, AuthSig sessionSig, OptionalLong epoch) {
        StringBuilder out = new StringBuilder(sessionSig.signedMessage().length() + 1024).append('{');
        RequestMembers.actionSource(out, request);
        request.optionalJsParams().ifPresent(params -> {
            JsJson.key(out, "jsParams");
            JsJson.write(out, params);
            out.append(',');
        });
        JsJson.key(out, "authSig");
        AuthSigJson.write(out, sessionSig);
        epoch.ifPresent(number -> {
            out.append(',');
            JsJson.key(out, "epoch");
            out.append(number);
        });
        return out.append('}').toString();
    }
}
