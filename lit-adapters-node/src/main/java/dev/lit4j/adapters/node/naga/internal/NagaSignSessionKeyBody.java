package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.SignSessionKeyBody;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;

/**
 * The inner request of {@code POST /web/sign_session_key/v2} for one node (node spec §3.3,
 * {@code JsonSignSessionKeyRequestV2}): the Datil members with the network's {@code epoch}, then {@code nodeSet}
 * (exactly the nodes asked) and the node's {@code maxPrice} as {@code "0x<hex>"}.
 */
public final class NagaSignSessionKeyBody {
    private NagaSignSessionKeyBody() {}

    /** The JSON for one node, granted {@code maxPrice}. */
    public static String write(SignSessionKeyRequest request, long epoch, List<NagaNode> nodeSet, BigInteger maxPrice) {
        StringBuilder out =
                SignSessionKeyBody.members(request, OptionalLong.of(epoch)).append(',');
        NagaPkpSignBody.writeNodeSet(out, nodeSet);
        out.append(',');
        JsJson.key(out, "maxPrice");
        JsJson.quote(out, "0x" + maxPrice.toString(16));
        return out.append('}').toString();
    }
}
