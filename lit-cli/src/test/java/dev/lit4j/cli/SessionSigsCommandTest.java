package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j session-sigs} end to end against the embedded local network, in a temporary home. */
class SessionSigsCommandTest {
    @TempDir
    Path home;

    @Test
    void withNoOptionsEveryNodeAcceptsItsSessionSig() throws IOException {
        Cli.Run run = Cli.run("session-sigs", "--home", home.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), "one line of JSON");
        SessionSigs sigs = SessionSigsJson.parse(run.out());
        assertEquals(3, sigs.nodeUrls().size());
        for (String url : sigs.nodeUrls()) {
            SessionSigVerifier verifier = SessionSigVerifier.builder(NodeAddress.fromUrl(url), VerificationMode.STRICT)
                    .build();
            for (ResourceAbilityRequest request : SessionOptions.DEFAULT_RESOURCES) {
                SessionSigVerification result =
                        verifier.verify(sigs.forNode(url).orElseThrow(), request.resource(), request.ability());
                assertTrue(result.valid(), result.describe());
            }
        }
        Path keyFile = home.resolve("wallet.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        String key = Files.readString(keyFile);
        assertTrue(key.matches("0x[0-9a-f]{64}\n"), "0x, 64 hex digits, a newline");
        String digits = key.substring(2, 66);
        assertFalse(run.out().contains(digits) || run.err().contains(digits), "the key is never printed");
        String wallet = PrivateKeyWalletSigner.fromHex(digits).address().checksummed();
        assertEquals(wallet, innerAuthSig(sigs).address());
        assertTrue(run.err().contains("lit4j: made a new wallet key in " + keyFile + "\n"), run.err());
        assertTrue(run.err().contains("lit4j: wallet " + wallet + " (the key in " + keyFile + ")\n"), run.err());
        assertTrue(Files.isRegularFile(home.resolve("sessions.db")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
        for (String file : List.of("sessions.db", "sessions.db.journal")) {
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(file))),
                    file);
        }
    }

    @Test
    void onAnEmbeddedNagaNetworkEveryNodeAcceptsItsSessionSigWithItsMaxPrice() {
        Cli.Run run = Cli.run("session-sigs", "--home", home.toString(), "--store", "memory", "--protocol", "naga");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("lit4j: started an embedded local Lit network of 3 nodes (naga): "), run.err());
        SessionSigs sigs = SessionSigsJson.parse(run.out());
        assertEquals(3, sigs.nodeUrls().size());
        for (String url : sigs.nodeUrls()) {
            SessionSigVerifier verifier = SessionSigVerifier.builder(NodeAddress.fromUrl(url), VerificationMode.STRICT)
                    .protocol(NodeProtocol.NAGA)
                    .build();
            for (ResourceAbilityRequest request : SessionOptions.DEFAULT_RESOURCES) {
                SessionSigVerification result =
                        verifier.verify(sigs.forNode(url).orElseThrow(), request.resource(), request.ability());
                assertTrue(result.valid(), result.describe());
            }
        }
    }

    @Test
    void aNamedDatilNetworkIsNotANagaOne() {
        Cli.Run run =
                Cli.run("session-sigs", "--home", home.toString(), "--network", "datil-dev", "--protocol", "naga");

        assertEquals(1, run.exitCode());
        assertEquals(
                "lit4j session-sigs: --protocol: datil-dev is a Datil network; --protocol naga applies to"
                        + " --network local or node URLs\n",
                run.err());
    }

    @Test
    void aSecondRunReusesTheStoredSessionKeyAndAuthSig() {
        SessionSigs first = SessionSigsJson.parse(
                Cli.run("session-sigs", "--home", home.toString()).out());

        Cli.Run again = Cli.run("session-sigs", "--home", home.toString());

        assertEquals(0, again.exitCode(), again.err());
        SessionSigs second = SessionSigsJson.parse(again.out());
        assertEquals(first.sessionKey(), second.sessionKey());
        assertEquals(innerAuthSig(first), innerAuthSig(second), "the wallet was not asked again");
        assertFalse(second.nodeUrls().equals(first.nodeUrls()), "a fresh embedded network, on other ports");
        assertFalse(again.err().contains("made a new wallet key"), again.err());
    }

    @Test
    void aGivenKeyFileAndTheResourcesAsked() throws IOException {
        Path keyFile = home.resolve("hardhat0.key");
        Files.writeString(keyFile, FakeWalletSigner.HARDHAT_KEY_0 + "\n");
        Path elsewhere = home.resolve("lit4j-home");

        Cli.Run run = Cli.run(
                "session-sigs",
                "--home",
                elsewhere.toString(),
                "--wallet-key-file",
                keyFile.toString(),
                "--resource",
                "lit-pkp://*=pkp-signing",
                "--store",
                "memory");

        assertEquals(0, run.exitCode(), run.err());
        SessionSigs sigs = SessionSigsJson.parse(run.out());
        assertEquals(FlowVector.WALLET, innerAuthSig(sigs).address());
        SessionSignedMessage message = SessionSignedMessage.parse(
                sigs.byNodeUrl().values().iterator().next().signedMessage());
        assertEquals(
                List.of(new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", "*", "pkp-signing")),
                message.resourceAbilityRequests());
        assertFalse(Files.exists(elsewhere), "nothing is kept: the key was given and the store is in memory");
        assertTrue(
                run.err().contains("lit4j: warning: the wallet key " + keyFile + " can be read by others"), run.err());
    }

    @Test
    void theFileStoreKeepsTheSessionInADirectory() {
        Cli.Run run = Cli.run("session-sigs", "--home", home.toString(), "--store", "files");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isDirectory(home.resolve("sessions")));
        assertFalse(Files.exists(home.resolve("sessions.db")));
    }

    @Test
    void anUnknownHostIsCalledSo() {
        Cli.Run run =
                Cli.run("session-sigs", "--home", home.toString(), "--network", "http://no-such-host.invalid:7470");

        assertEquals(1, run.exitCode());
        assertTrue(
                run.failureLine()
                        .startsWith("lit4j session-sigs: handshake: the node gave no usable answer:"
                                + " http://no-such-host.invalid:7470: unknown host no-such-host.invalid:7470"),
                run.err());
    }

    @Test
    void aSlowHandshakeIsReportedWhileItLasts() {
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(3).build()) {
            network.nodes().forEach(node -> node.faults().slow(Duration.ofMillis(2500)));

            Cli.Run run = Cli.run(
                    "session-sigs",
                    "--home",
                    home.toString(),
                    "--store",
                    "memory",
                    "--network",
                    String.join(",", network.nodeUrls()));

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(
                    run.err().lines().anyMatch("lit4j: still waiting for the nodes' handshake (2 s)"::equals),
                    run.err());
        }
    }

    @Test
    void anUnreachableDatilNetworkFailsCleanly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String rpc = "http://127.0.0.1:" + closedPort;

        Cli.Run run = Cli.run("session-sigs", "--home", home.toString(), "--network", "datil-dev", "--rpc-url", rpc);

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(
                run.failureLine()
                        .startsWith("lit4j session-sigs: JSON-RPC eth_chainId failed: " + rpc
                                + ": connection refused (nothing listens at 127.0.0.1:" + closedPort + ")"),
                run.err());
        assertFalse(Files.exists(home.resolve("wallet.key")), "nothing was made before the network answered");
    }

    @Test
    void optionsThatDoNotFitTheNetworkFail() {
        Cli.Run datil = Cli.run("session-sigs", "--home", home.toString(), "--network", "datil");
        assertEquals(1, datil.exitCode());
        assertEquals(
                "lit4j session-sigs: --attestation: datil requires the nodes' SEV-SNP attestation, and Lit4j"
                        + " cannot verify its AMD signature chain; choose --attestation fields-only or --attestation"
                        + " not-checked knowingly (docs/node-transport.md)\n",
                datil.err());

        Cli.Run rpc = Cli.run("session-sigs", "--home", home.toString(), "--rpc-url", "http://127.0.0.1:1");
        assertEquals(1, rpc.exitCode());
        assertEquals(
                "lit4j session-sigs: --rpc-url: applies only to the Datil networks (datil-dev, datil-test, datil),"
                        + " whose nodes are read from the chain\n",
                rpc.err());
    }

    @Test
    void malformedOptionsAreUsageErrors() {
        assertUsageError(
                "Invalid value for option '--resource' (RESOURCE=ABILITY): expected <prefix>://<id>=<ability>,"
                        + " e.g. lit-pkp://*=pkp-signing; got \"lit-pkp://*\"",
                "--resource",
                "lit-pkp://*");
        assertUsageError(
                "Invalid value for option '--resource' (RESOURCE=ABILITY): ability: unknown ability \"sign\";"
                        + " expected one of access-control-condition-decryption, access-control-condition-signing, pkp-signing,"
                        + " rate-limit-increase-auth, lit-action-execution, lit-payment-delegation",
                "--resource",
                "lit-pkp://*=sign");
        assertUsageError(
                "Invalid value for option '--resource' (RESOURCE=ABILITY): ability: ability"
                        + " \"lit-action-execution\" is not valid on resource \"lit-pkp://*\"; it applies only to lit-litaction"
                        + " resources",
                "--resource",
                "lit-pkp://*=lit-action-execution");
        assertUsageError(
                "Invalid value for option '--resource' (RESOURCE=ABILITY): resource.id: invalid lit-pkp id"
                        + " \"12\"; expected * or the PKP token id as 64 hex digits without 0x",
                "--resource",
                "lit-pkp://12=pkp-signing");
        assertUsageError(
                "Invalid value for option '--network': expected local, datil-dev, datil-test, datil"
                        + " or node URLs separated by commas (e.g. http://127.0.0.1:7470,http://127.0.0.1:7471), got \"mainnet\"",
                "--network",
                "mainnet");
        assertUsageError(
                "Invalid value for option '--network': nodeUrls[1]: expected http(s)://host[:port]"
                        + " with nothing after it (as the node compares it with its own address), got \"http://127.0.0.1:2/x\"",
                "--network",
                "http://127.0.0.1:1,http://127.0.0.1:2/x");
        assertUsageError(
                "Invalid value for option '--attestation': expected fields-only or not-checked, got" + " \"all\"",
                "--attestation",
                "all");
        Path keyFile = home.resolve("wallet-key");
        try {
            Files.writeString(keyFile, "0x" + "11".repeat(32));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertUsageError(
                "Error: --wallet-key=HEX, --wallet-key-file=FILE are mutually exclusive (specify only one)",
                "--wallet-key",
                "0x" + "22".repeat(32),
                "--wallet-key-file",
                keyFile.toString());
        assertUsageError(
                "Invalid value for option '--store': expected mapdb, files, memory, got \"MAPDB\"", "--store", "MAPDB");
        assertUsageError(
                "Invalid value for option '--wallet-key-file': cannot read " + home.resolve("absent.key")
                        + ": no such file or directory",
                "--wallet-key-file",
                home.resolve("absent.key").toString());
        Cli.Run past = Cli.run("session-sigs", "--home", home.toString(), "--expiration", "2020-01-01T00:00:00Z");
        assertEquals(2, past.exitCode());
        assertTrue(
                past.failureLine()
                        .startsWith("lit4j session-sigs: Invalid value for option '--expiration':"
                                + " 2020-01-01T00:00:00.000Z is not in the future (now is "),
                past.err());
        Cli.Run notADirectory = Cli.run("session-sigs", "--home", keyFile.toString());
        assertEquals(2, notADirectory.exitCode());
        assertEquals(
                "lit4j session-sigs: Invalid value for option '--home': " + keyFile + " exists and is not a"
                        + " directory",
                notADirectory.failureLine());
    }

    @Test
    void aMalformedWalletKeyFailsWithoutShowingIt() {
        Cli.Run run =
                Cli.run("session-sigs", "--home", home.toString(), "--store", "memory", "--wallet-key", "0xsecret-ish");
        assertEquals(2, run.exitCode());
        assertEquals(
                "lit4j session-sigs: Invalid value for option '--wallet-key': expected 64 hex digits (32 bytes),"
                        + " optionally after 0x; got 12 characters that are not that (the value is not shown)\n"
                        + "Try 'lit4j session-sigs --help' for more information.\n",
                run.err());
        assertFalse(run.err().contains("secret-ish"));
    }

    @Test
    void anExpirationTooFarAwayIsAUsageErrorBeforeAnyNetworkStarts() {
        Cli.Run run = Cli.run("session-sigs", "--home", home.toString(), "--expiration", "2099-01-01T00:00:00Z");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(
                run.err()
                        .startsWith("lit4j session-sigs: Invalid value for option '--expiration':"
                                + " 2099-01-01T00:00:00.000Z is more than 30 days after "),
                run.err());
        assertTrue(
                run.err()
                        .endsWith("; Lit nodes refuse longer sessions\n"
                                + "Try 'lit4j session-sigs --help' for more information.\n"),
                run.err());
    }

    @Test
    void anUnreadableCapacityDelegationFails() throws IOException {
        Path notAnAuthSig = home.resolve("delegation.json");
        Files.writeString(notAnAuthSig, "{\"sig\":1}");
        Cli.Run run =
                Cli.run("session-sigs", "--home", home.toString(), "--capacity-delegation", notAnAuthSig.toString());
        assertEquals(1, run.exitCode());
        assertTrue(
                run.failureLine().startsWith("lit4j session-sigs: --capacity-delegation " + notAnAuthSig), run.err());
        assertFalse(run.err().contains("started an embedded"), "refused before any network starts");
    }

    private void assertUsageError(String message, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "session-sigs";
        args[1] = "--home";
        args[2] = home.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("lit4j session-sigs: " + message, run.failureLine());
        assertEquals("", run.out());
    }

    /** The wallet's AuthSig: the last capability of the first node's session sig. */
    static AuthSig innerAuthSig(SessionSigs sigs) {
        SessionSig first = sigs.byNodeUrl().values().iterator().next();
        List<AuthSig> capabilities =
                SessionSignedMessage.parse(first.signedMessage()).capabilities();
        return capabilities.get(capabilities.size() - 1);
    }
}
