package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code lit4j network start --protocol}: a Naga network, described with its identity keys and prices. */
class NetworkStartProtocolTest {

    @Test
    void aNagaNetworkPublishesItsIdentityKeysInItsDescriptionAndItsHandshake() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Lit4jCli.commandLine(InputStream.nullInputStream());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread command = new Thread(
                () -> exitCode.set(cli.execute("network", "start", "--protocol", "naga", "--seed", "5")),
                "network-start-naga");
        command.start();
        try {
            JsonValue.Obj description =
                    (JsonValue.Obj) JsonValueParser.parse("out", NetworkStartCommandTest.awaitLine(out));
            assertEquals(new JsonValue.Str("naga"), description.get("protocol").orElseThrow());
            List<String> urls =
                    NetworkStartCommandTest.strings(description.get("nodeUrls").orElseThrow());
            List<String> identityKeys = NetworkStartCommandTest.strings(
                    description.get("nodeIdentityKeys").orElseThrow());
            assertEquals(3, identityKeys.size());
            assertEquals(
                    "[{\"productId\":0,\"price\":\"1000000000000000\"},{\"productId\":1,\"price\":"
                            + "\"1000000000000000\"},{\"productId\":2,\"price\":\"1000000000000000\"},{\"productId\":3,"
                            + "\"price\":\"1000000000000000\"}]",
                    JsJson.stringify(description.get("prices").orElseThrow()));
            assertEquals(
                    "{\"Staking\":\"0xa82fF9aFd8f496c3d6ac40E2a0F282E47488CFc9\",\"PriceFeed\":"
                            + "\"0xAA292E8611aDF267e563f334Ee42320aC96D0463\"}",
                    JsJson.stringify(description.get("nagaContracts").orElseThrow()),
                    "where the SDK 8's nagaLocal looks for them");
            for (int i = 0; i < urls.size(); i++) {
                String handshake = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(urls.get(i) + "/web/handshake"))
                                        .header("Content-Type", "application/json")
                                        .header("X-Request-Id", "t")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"clientPublicKey\":\"test\",\"challenge\":\"" + "ab".repeat(32)
                                                        + "\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                JsonValue.Obj data = (JsonValue.Obj) ((JsonValue.Obj) JsonValueParser.parse("handshake", handshake))
                        .get("data")
                        .orElseThrow();
                assertEquals(
                        new JsonValue.Str(identityKeys.get(i)),
                        data.get("nodeIdentityKey").orElseThrow());
            }
            command.interrupt();
            command.join(10_000);
            assertFalse(command.isAlive());
            assertEquals(0, exitCode.get());
        } finally {
            command.interrupt();
        }
    }

    @Test
    void anotherProtocolIsAUsageError() {
        Cli.Run other = Cli.run("network", "start", "--protocol", "habanero");
        assertEquals(2, other.exitCode());
        assertEquals(
                "lit4j network start: Invalid value for option '--protocol': expected one of datil,"
                        + " naga, got \"habanero\"",
                other.firstErrorLine());
    }
}
