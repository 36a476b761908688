package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import java.util.OptionalLong;

/**
 * The body of {@code POST /web/sign_session_key/v1} (client spec §7.4), written as the JS SDK writes it, and the
 * start of the Naga {@code /v2} request:
 * {@code sessionKey} (the session URI), {@code authMethods}, {@code pkpPublicKey} ({@code 0x}-prefixed),
 * {@code siweMessage}, {@code curveType: "BLS"}, then {@code litActionIpfsId}, {@code code} and
 * {@code jsParams} when set, and {@code epoch} when known. Never an {@code authSig}: the v1 endpoint
 * refuses it.
 */
public final class SignSessionKeyBody {
    private SignSessionKeyBody() {}

    /** The compact JSON body. */
    public static String write(SignSessionKeyRequest request, OptionalLong epoch) {
        return members(request, epoch).append('}').toString();
    }

    /**
     * The body's members up to {@code epoch}, without the closing brace, for a wire that adds its own after them
     * (Naga's {@code nodeSet} and {@code maxPrice}, node spec §3.3).
     */
    public static StringBuilder members(SignSessionKeyRequest request, OptionalLong epoch) {
        StringBuilder out = new StringBuilder(request.siweMessage().length() + 512).append('{');
        JsJson.key(out, "sessionKey");
        JsJson.quote(out, request.sessionKey().uri());
        out.append(',');
        JsJson.key(out, "authMethods");
        out.append('[');
        for (int i = 0; i < request.authMethods().size(); i++) {
            AuthMethod method = request.authMethods().get(i);
            out.append(i == 0 ? "" : ",").append(method.toJson());
        }
        out.append("],");
        JsJson.key(out, "pkpPublicKey");
        JsJson.quote(out, request.pkpPublicKey().hex0x());
        out.append(',');
        JsJson.key(out, "siweMessage");
        JsJson.quote(out, request.siweMessage());
        out.append(',');
        JsJson.key(out, "curveType");
        JsJson.quote(out, "BLS");
        String cid = request.litActionIpfsId();
        if (cid != null) {
            out.append(',');
            JsJson.key(out, "litActionIpfsId");
            JsJson.quote(out, cid);
        }
        String code = request.litActionCode();
        if (code != null) {
            out.append(',');
            JsJson.key(out, "code");
            JsJson.quote(out, code);
        }
        JsonValue.Obj params = request.jsParams();
        if (params != null) {
            out.append(',');
            JsJson.key(out, "jsParams");
            JsJson.write(out, params);
        }
        epoch.ifPresent(number -> {
            out.append(',');
            JsJson.key(out, "epoch");
            out.append(number);
        });
        return out;
    }
}
