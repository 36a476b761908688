package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code lit4j network start}, run on a thread of its own and stopped by interrupting it. */
class NetworkStartCommandTest {

    @Test
    void printsTheRunningNetworkAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lit4jCli.commandLine(InputStream.nullInputStream());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread command = new Thread(
                () -> exitCode.set(
                        cli.execute("network", "start", "--nodes", "4", "--mint-pkp-for", FlowVector.WALLET)),
                "network-start");
        command.start();
        try {
            String json = awaitLine(out);
            JsonValue.Obj description = (JsonValue.Obj) JsonValueParser.parse("out", json);
            List<String> urls = strings(description.get("nodeUrls").orElseThrow());
            assertEquals(4, urls.size());
            assertEquals(new JsonValue.Num(2), description.get("threshold").orElseThrow());
            JsonValue.Obj pkp =
                    (JsonValue.Obj) ((JsonValue.Arr) description.get("pkps").orElseThrow())
                            .items()
                            .get(0);
            assertEquals(new JsonValue.Str(FlowVector.WALLET), pkp.get("owner").orElseThrow());
            PkpPublicKey minted = PkpPublicKey.parse(
                    "pkp", ((JsonValue.Str) pkp.get("publicKey").orElseThrow()).value());
            assertEquals(
                    new JsonValue.Str(minted.ethAddress().checksummed()),
                    pkp.get("ethAddress").orElseThrow());

            String rpcUrl = ((JsonValue.Str) description.get("rpcUrl").orElseThrow()).value();
            assertEquals(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x2ac54\"}",
                    post(rpcUrl, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"));
            assertEquals(
                    new JsonValue.Str("0xD4507CD392Af2c80919219d7896508728f6A623F"),
                    description.get("stakingContract").orElseThrow());

            ConnectedNetwork network = transport(urls).network();
            assertEquals(Set.copyOf(urls), Set.copyOf(network.nodeUrls()));
            assertEquals(
                    description.get("networkPublicKey").orElseThrow(),
                    new JsonValue.Str(network.networkPublicKey().hex()));
            assertTrue(err.toString().contains("lit4j: local Lit network of 4 nodes running; stop it with Ctrl-C"));

            command.interrupt();
            command.join(10_000);
            assertFalse(command.isAlive());
            assertEquals(0, exitCode.get());
            assertThrows(NodeException.class, () -> transport(urls).network(), "the nodes are stopped");
        } finally {
            command.interrupt();
        }
    }

    @Test
    void wrongOptionsFail() {
        Cli.Run none = Cli.run("network", "start", "--nodes", "0");
        assertEquals(2, none.exitCode());
        assertEquals(
                "lit4j network start: Invalid value for option '--nodes': expected a node count from 1 to 100, got"
                        + " \"0\"\nTry 'lit4j network start --help' for more information.\n",
                none.err());

        Cli.Run port = Cli.run("network", "start", "--port", "70000");
        assertEquals(2, port.exitCode());
        assertEquals(
                "lit4j network start: Invalid value for option '--port': expected a port from 1 to 65535, got"
                        + " \"70000\"",
                port.firstErrorLine());

        Cli.Run pastTheLastPort = Cli.run("network", "start", "--port", "65535", "--nodes", "3");
        assertEquals(2, pastTheLastPort.exitCode());
        assertEquals(
                "lit4j network start: --port 65535 with 3 nodes would go past port 65535; choose a port up to"
                        + " 65533",
                pastTheLastPort.firstErrorLine());

        Cli.Run owner = Cli.run("network", "start", "--mint-pkp-for", "alice");
        assertEquals(2, owner.exitCode());
        assertEquals(
                "lit4j network start: Invalid value for option '--mint-pkp-for' (ADDRESS): expected 0x followed by"
                        + " 40 hex digits, got \"alice\"",
                owner.firstErrorLine());

        Cli.Run bare = Cli.run("network");
        assertEquals(2, bare.exitCode());
        assertEquals("lit4j network: Missing a command; see lit4j network --help", bare.firstErrorLine());
    }

    private static HttpNodeTransport transport(List<String> urls) {
        return HttpNodeTransport.create(NodeTransportConfig.custom(urls)
                .handshakeTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.NONE)
                .build());
    }

    private static String post(String url, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    static String awaitLine(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            String text = out.toString();
            if (text.endsWith("\n")) {
                return text.strip();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("network start printed nothing in 15 s");
    }

    static List<String> strings(JsonValue array) {
        return ((JsonValue.Arr) array)
                .items().stream().map(item -> ((JsonValue.Str) item).value()).toList();
    }
}
