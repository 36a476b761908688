package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.domain.port.PkpSignRequest;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The transcript's three request bodies, byte for byte. */
class PkpSignBodyTest {

    @Test
    void writesEachNodesBodyAsTheJsSdkDid() {
        List<String> urls = PkpSignTranscript.nodeUrls();
        PkpSignRequest request = PkpSignTranscript.request(urls);
        long epoch = PkpSignTranscript.TRANSCRIPT.get("epoch").getAsLong();

        for (int node = 0; node < urls.size(); node++) {
            assertEquals(
                    PkpSignTranscript.body(node),
                    PkpSignBody.write(request, request.sessionSigFor(urls.get(node)), OptionalLong.of(epoch)),
                    "node " + node);
        }
    }

    @Test
    void leavesEpochOutWhenTheNetworkHasNone() {
        List<String> urls = PkpSignTranscript.nodeUrls();
        PkpSignRequest request = PkpSignTranscript.request(urls);

        assertEquals(
                PkpSignTranscript.body(0).replace(",\"epoch\":31316}", "}"),
                PkpSignBody.write(request, request.sessionSigFor(urls.get(0)), OptionalLong.empty()));
    }
}
