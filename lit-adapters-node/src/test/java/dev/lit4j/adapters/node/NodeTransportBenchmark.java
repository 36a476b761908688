package dev.lit4j.adapters.node;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Connect and {@code sign_session_key} against a local network of 10 nodes over loopback HTTP (threshold 6).
 * Not part of {@code verify}; run it with the {@code benchmark} profile (see {@code docs/node-transport.md}).
 *
 * <ul>
 *   <li>{@code connect}: a fresh transport's handshake with all 10 nodes and the consensus;</li>
 *   <li>{@code signSessionKey}: one PKP session key signed by a connected transport (6 shares combined and
 *       verified; the nodes check the wallet auth method and the PKP);</li>
 *   <li>{@code connectAndSignSessionKey}: both, as a client's first session does.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NodeTransportBenchmark {
    private TestNetwork local;
    private NodeTransportConfig config;
    private HttpClient client;
    private HttpNodeTransport connected;
    private SignSessionKeyRequest request;

    @Setup(Level.Trial)
    public void start() {
        local = TestNetwork.start(10);
        config = local.config().build();
        client = HttpNodeTransport.defaultHttpClient(config);
        connected = new HttpNodeTransport(config, client);
        request = local.request(connected.latestBlockhash());
    }

    @TearDown(Level.Trial)
    public void stop() {
        local.close();
    }

    @Benchmark
    public ConnectedNetwork connect() {
        return new HttpNodeTransport(config, client).network();
    }

    @Benchmark
    public AuthSig signSessionKey() {
        return connected.signSessionKey(request);
    }

    @Benchmark
    public AuthSig connectAndSignSessionKey() {
        return new HttpNodeTransport(config, client).signSessionKey(request);
    }
}
