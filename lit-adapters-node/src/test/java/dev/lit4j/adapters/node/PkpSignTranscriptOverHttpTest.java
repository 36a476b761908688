package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.NodeContext;
import dev.lit4j.network.NodeEndpoint;
import dev.lit4j.network.NodeRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The transcript's exchange over HTTP: three local nodes answer {@code /web/pkp/sign/v1} with the transcript's
 * answers; the transport sends each node the transcript's body (without {@code epoch}, which a custom network
 * does not have), all with one {@code X-Request-Id}, and returns the JS SDK's result.
 */
class PkpSignTranscriptOverHttpTest {

    @Test
    void sendsTheTranscriptsBodiesAndAcceptsItsAnswers() {
        Map<Integer, String> bodies = new ConcurrentHashMap<>();
        Map<Integer, String> requestIds = new ConcurrentHashMap<>();
        NodeEndpoint transcriptNode = (NodeRequest request, NodeContext node) -> {
            bodies.put(node.index(), request.body().toString());
            requestIds.put(node.index(), request.header("X-Request-Id").orElse("none"));
            return PkpSignTranscript.answer(node.index());
        };
        try (LocalLitNetwork network = LocalLitNetwork.builder()
                .nodeCount(3)
                .threshold(2)
                .pkpSignEndpoint(transcriptNode)
                .build()) {
            HttpNodeTransport transport = HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls())
                    .requestTimeout(Duration.ofSeconds(5))
                    .build());

            PkpSignature signature = transport.pkpSign(PkpSignTranscript.request(network.nodeUrls()));

            assertEquals(
                    PkpSignTranscript.TRANSCRIPT.getAsJsonObject("sdkResult").toString(), signature.toJson());
            assertEquals(true, bodies.size() >= 2, "the signing nodes were called: " + bodies.keySet());
            for (int node : bodies.keySet()) {
                JsonElement sent =
                        JsonParser.parseString(PkpSignTranscript.body(node).replace(",\"epoch\":31316}", "}"));
                assertEquals(sent.toString(), bodies.get(node), "node " + node);
            }
            assertEquals(1, Set.copyOf(requestIds.values()).size(), "one X-Request-Id: " + requestIds);
            assertEquals(
                    true, requestIds.values().iterator().next().matches("lit_[0-9a-f]{16}"), requestIds.toString());
        }
    }
}
