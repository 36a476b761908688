package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.RequestMembers;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.session.SessionSig;
import java.util.List;

/**
 * The inner request of {@code POST /web/execute/v2} for one node (operations spec §5.8,
 * {@code ExecuteJsRequestDataSchema}): {@code code} (base64) or {@code ipfsId}, the caller's parameters wrapped as
 * the JS SDK 8 wraps them, {@code {"jsParams":{"jsParams":…}}} (so a v8 action reads {@code jsParams.x}), the
 * node's own session sig as {@code authSig}, {@code nodeSet} (exactly the nodes asked) and {@code keySetId}.
 */
public final class NagaExecuteJsBody {
    private NagaExecuteJsBody() {}

    /** The JSON for the node whose session sig is {@code sessionSig}, among {@code nodeSet}. */
    public static String write(ExecuteJsRequest request, SessionSig sessionSig, List<NagaNode> nodeSet) {
        StringBuilder out = new StringBuilder(sessionSig.signedMessage().length() + 1024).append('{');
        RequestMembers.actionSource(out, request);
        request.optionalJsParams().ifPresent(params -> {
            JsJson.key(out, "jsParams");
            out.append('{');
            JsJson.key(out, "jsParams");
            JsJson.write(out, params);
            out.append("},");
        });
        JsJson.key(out, "authSig");
        AuthSigJson.write(out, sessionSig.authSig());
        out.append(',');
        NagaPkpSignBody.writeNodeSet(out, nodeSet);
        out.append(',');
        JsJson.key(out, "keySetId");
        JsJson.quote(out, NagaPkpSignBody.KEY_SET_ID);
        return out.append('}').toString();
    }
}
