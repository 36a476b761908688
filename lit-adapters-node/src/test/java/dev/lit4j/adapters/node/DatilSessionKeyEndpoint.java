package dev.lit4j.adapters.node;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.Eip191;
import dev.lit4j.testkit.bls.BlsKeyShare;
import dev.lit4j.testkit.bls.BlsThresholdKey;
import dev.lit4j.testkit.network.NodeContext;
import dev.lit4j.testkit.network.NodeEndpoint;
import dev.lit4j.testkit.network.NodeRequest;
import dev.lit4j.testkit.network.error.LitNodeError;
import dev.lit4j.testkit.network.error.NodeErrorCode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A test stand-in for {@code POST /web/sign_session_key/v1}: answers in the Datil shape (client spec §7.6)
 * with the node's share of {@link BlsThresholdKey}, over the SIWE it was sent (a real node rebuilds the
 * SIWE; that is the node endpoint's business, not the transport's). Honours the node's wrong-share fault,
 * counts the requests per node and keeps them, and can be told to refuse every request with a Lit error.
 */
final class DatilSessionKeyEndpoint implements NodeEndpoint {
    private final BlsThresholdKey key;
    private final AtomicIntegerArray calls;
    private final List<NodeRequest> requests = new CopyOnWriteArrayList<>();
    private volatile LitNodeError refusal;

    DatilSessionKeyEndpoint(BlsThresholdKey key) {
        this.key = key;
        this.calls = new AtomicIntegerArray(key.nodeCount());
    }

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        calls.incrementAndGet(node.index());
        requests.add(request);
        LitNodeError error = refusal;
        if (error != null) {
            throw error;
        }
        if (!"BLS".equals(request.optionalString("curveType").orElse(null))) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_CURVE_TYPE);
        }
        return answer(key.share(node.index()), request.requiredString("siweMessage"), node.keys().blsPublicKey(),
                node.faults().isWrongBlsShare());
    }

    /** A Datil node's answer: {@code share}'s signature of the session message of {@code siwe}, or a wrong one. */
    static JsonObject answer(BlsKeyShare share, String siwe, String blsRootPubkey, boolean wrong) {
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe));
        BlsSignatureShare signed = wrong ? share.signWrongly(message.bytes()) : share.sign(message.bytes());
        JsonObject answer = new JsonObject();
        answer.addProperty("result", "success");
        answer.add("signatureShare", JsonParser.parseString(signed.toJson()));
        answer.addProperty("shareIndex", share.shareIndex());
        answer.addProperty("curveType", "BLS");
        answer.addProperty("siweMessage", siwe);
        answer.addProperty("dataSigned", message.hex());
        answer.addProperty("blsRootPubkey", blsRootPubkey);
        return answer;
    }

    /** Answers every request with {@code error} from now on. */
    void refuseWith(LitNodeError error) {
        this.refusal = error;
    }

    /** How many requests node {@code index} received. */
    int calls(int index) {
        return calls.get(index);
    }

    /** Every request received, in arrival order. */
    List<NodeRequest> requests() {
        return List.copyOf(requests);
    }
}
