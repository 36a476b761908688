package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j encrypt} and {@code lit4j decrypt} against a running local network, as after 'lit4j network start'. */
class EncryptDecryptCommandTest {
    private static final String MESSAGE = "meet at dawn — bring the keys";

    @TempDir
    Path dir;

    private LocalLitNetwork network;
    private String nodes;
    private Path conditions;
    private Path readerKey;
    private Path strangerKey;

    @BeforeEach
    void start() throws IOException {
        network = LocalLitNetwork.builder().nodeCount(3).build();
        nodes = String.join(",", network.nodeUrls());
        FakeWalletSigner reader = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
        conditions = Files.writeString(
                dir.resolve("conditions.json"),
                "{\"unifiedAccessControlConditions\":[{"
                        + "\"conditionType\":\"evmBasic\",\"contractAddress\":\"\",\"standardContractType\":\"\",\"chain\":"
                        + "\"ethereum\",\"method\":\"\",\"parameters\":[\":userAddress\"],\"returnValueTest\":{\"comparator\":"
                        + "\"=\",\"value\":\"" + reader.address().checksummed() + "\"}}]}");
        readerKey = Files.writeString(dir.resolve("reader.key"), FakeWalletSigner.HARDHAT_KEY_0);
        strangerKey = Files.writeString(
                dir.resolve("stranger.key"), "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private Path encrypt() throws IOException {
        Cli.Run run = Cli.run(
                new ByteArrayInputStream(MESSAGE.getBytes(StandardCharsets.UTF_8)),
                "encrypt",
                "--conditions",
                conditions.toString(),
                "--network",
                nodes);
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(2, json.size());
        EncryptedData data = EncryptedData.fromJson(run.out().strip());
        assertEquals(DataHash.of(MESSAGE.getBytes(StandardCharsets.UTF_8)), data.dataToEncryptHash());
        return Files.writeString(dir.resolve("secret.json"), run.out());
    }

    @Test
    void theReaderDecryptsWhatEncryptPrinted() throws IOException {
        Path secret = encrypt();
        Cli.Run run = Cli.run(
                "decrypt",
                "--home",
                dir.resolve("home").toString(),
                "--network",
                nodes,
                "--conditions",
                conditions.toString(),
                "--in",
                secret.toString(),
                "--wallet-key-file",
                readerKey.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(MESSAGE, run.out());
        assertTrue(
                run.err().contains("lit4j: decrypted " + MESSAGE.getBytes(StandardCharsets.UTF_8).length + " bytes"),
                run.err());
    }

    @Test
    void aNagaNetworkDecryptsWhatEncryptPrintedForIt() throws IOException {
        try (LocalLitNetwork naga = LocalLitNetwork.builder()
                .nodeCount(3)
                .protocol(NodeProtocol.NAGA)
                .build()) {
            String nagaNodes = String.join(",", naga.nodeUrls());
            Cli.Run encrypted = Cli.run(
                    new ByteArrayInputStream(MESSAGE.getBytes(StandardCharsets.UTF_8)),
                    "encrypt",
                    "--conditions",
                    conditions.toString(),
                    "--network",
                    nagaNodes,
                    "--protocol",
                    "naga");
            assertEquals(0, encrypted.exitCode(), encrypted.err());
            Path secret = Files.writeString(dir.resolve("naga-secret.json"), encrypted.out());

            Cli.Run run = Cli.run(
                    "decrypt",
                    "--home",
                    dir.resolve("home").toString(),
                    "--network",
                    nagaNodes,
                    "--protocol",
                    "naga",
                    "--conditions",
                    conditions.toString(),
                    "--in",
                    secret.toString(),
                    "--wallet-key-file",
                    readerKey.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(MESSAGE, run.out());
        }
    }

    @Test
    void decryptReadsTheCiphertextFromStandardInputAndTakesGivenSessionSigs() throws IOException {
        Path secret = encrypt();
        EncryptedData data = EncryptedData.fromJson(Files.readString(secret).strip());
        String resource = AccessControlConditions.fromJson("c", Files.readString(conditions))
                .resource(data.dataToEncryptHash())
                .key();
        Cli.Run sigs = Cli.run(
                "session-sigs",
                "--home",
                dir.resolve("home").toString(),
                "--network",
                nodes,
                "--store",
                "memory",
                "--wallet-key-file",
                readerKey.toString(),
                "--resource",
                resource + "=access-control-condition-decryption");
        assertEquals(0, sigs.exitCode(), sigs.err());
        SessionSigsJson.parse(sigs.out().strip());
        Path sigsFile = Files.writeString(dir.resolve("sigs.json"), sigs.out());

        Cli.Run run = Cli.run(
                Files.newInputStream(secret),
                "decrypt",
                "--network",
                nodes,
                "--conditions",
                conditions.toString(),
                "--session-sigs",
                sigsFile.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(MESSAGE, run.out());
    }

    @Test
    void aWalletThatDoesNotMeetTheConditionIsRefusedWithEachNodesError() throws IOException {
        Path secret = encrypt();
        Cli.Run run = Cli.run(
                "decrypt",
                "--home",
                dir.resolve("home").toString(),
                "--network",
                nodes,
                "--conditions",
                conditions.toString(),
                "--in",
                secret.toString(),
                "--wallet-key-file",
                strangerKey.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(
                run.failureLine()
                        .startsWith("lit4j decrypt: decrypt: 0 of 3 nodes returned a valid share, 2 are" + " needed"),
                run.err());
        assertTrue(
                run.failureLine().contains("NodeAccessControlConditionsReturnedNotAuthorized (HTTP 401, Validation)"),
                run.err());
    }

    @Test
    void encryptWithTheNetworkKeyNeedsNoNodesAndTheNodesDecryptIt() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), MESSAGE);
        Cli.Run enc = Cli.run(
                "encrypt",
                "--conditions",
                conditions.toString(),
                "--in",
                plain.toString(),
                "--network-key",
                network.keys().blsPublicKey());
        assertEquals(0, enc.exitCode(), enc.err());
        Path secret = Files.writeString(dir.resolve("secret.json"), enc.out());
        Path outFile = dir.resolve("plain.out");
        Cli.Run dec = Cli.run(
                "decrypt",
                "--home",
                dir.resolve("home").toString(),
                "--network",
                nodes,
                "--conditions",
                conditions.toString(),
                "--in",
                secret.toString(),
                "--wallet-key-file",
                readerKey.toString(),
                "--out",
                outFile.toString());
        assertEquals(0, dec.exitCode(), dec.err());
        assertEquals("", dec.out());
        assertEquals(MESSAGE, Files.readString(outFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outFile)));
    }

    @Test
    void anEmbeddedNetworkIsAUsageErrorForEncryptAndDecrypt() throws IOException {
        Cli.Run enc =
                Cli.run(new ByteArrayInputStream(new byte[] {1}), "encrypt", "--conditions", conditions.toString());
        assertEquals(2, enc.exitCode());
        assertEquals(
                "lit4j encrypt: encrypt needs a lasting network key: give the nodes (--network URL,URL,… of"
                        + " 'lit4j network start', or datil-dev, datil-test, datil) or --network-key HEX; an embedded local"
                        + " network's key is gone when the command ends",
                enc.firstErrorLine());
        Path secret = encrypt();
        Cli.Run dec = Cli.run("decrypt", "--conditions", conditions.toString(), "--in", secret.toString());
        assertEquals(2, dec.exitCode());
        assertEquals(
                "lit4j decrypt: decrypt needs the nodes whose key the data was encrypted under: give --network"
                        + " URL,URL,… (of 'lit4j network start') or datil-dev, datil-test, datil",
                dec.firstErrorLine());
        Cli.Run both = Cli.run(
                new ByteArrayInputStream(new byte[] {1}),
                "encrypt",
                "--conditions",
                conditions.toString(),
                "--network",
                nodes,
                "--network-key",
                network.keys().blsPublicKey());
        assertEquals(2, both.exitCode());
        assertEquals("lit4j encrypt: give either --network-key or --network, not both", both.firstErrorLine());
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOptionAndTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"chain\":\"ethereum\"}");
        Cli.Run run = Cli.run(
                new ByteArrayInputStream(new byte[] {1}),
                "encrypt",
                "--conditions",
                bad.toString(),
                "--network-key",
                network.keys().blsPublicKey());
        assertEquals(2, run.exitCode());
        assertEquals(
                "lit4j encrypt: Invalid value for option '--conditions': " + bad + ": conditions: names no"
                        + " conditions; expected one of accessControlConditions, evmContractConditions, solRpcConditions,"
                        + " unifiedAccessControlConditions",
                run.firstErrorLine());

        Cli.Run missing = Cli.run(
                "decrypt",
                "--network",
                nodes,
                "--conditions",
                dir.resolve("none.json").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(
                "lit4j decrypt: Invalid value for option '--conditions': cannot read " + dir.resolve("none.json")
                        + ": no such file or directory",
                missing.firstErrorLine());

        Cli.Run key = Cli.run(
                new ByteArrayInputStream(new byte[] {1}),
                "encrypt",
                "--conditions",
                conditions.toString(),
                "--network-key",
                "abcd");
        assertEquals(2, key.exitCode());
        assertEquals(
                "lit4j encrypt: Invalid value for option '--network-key': expected 48 bytes (96 hex characters),"
                        + " got 2 bytes",
                key.firstErrorLine());

        Cli.Run directory = Cli.run(
                "encrypt",
                "--conditions",
                conditions.toString(),
                "--network-key",
                network.keys().blsPublicKey(),
                "--in",
                dir.toString());
        assertEquals(2, directory.exitCode());
        assertEquals(
                "lit4j encrypt: Invalid value for option '--in': cannot read " + dir + ": it is a directory",
                directory.firstErrorLine());

        Path sigs = Files.writeString(dir.resolve("sigs.json"), "[]");
        Cli.Run badSigs = Cli.run(
                "decrypt",
                "--network",
                nodes,
                "--conditions",
                conditions.toString(),
                "--session-sigs",
                sigs.toString());
        assertEquals(2, badSigs.exitCode());
        assertEquals(
                "lit4j decrypt: Invalid value for option '--session-sigs': " + sigs + ": sessionSigs: expected an"
                        + " object of node URL to session sig, found an array",
                badSigs.firstErrorLine());
    }

    @Test
    void aCiphertextThatIsNotOneIsNamed() throws IOException {
        Path notCiphertext = Files.writeString(
                dir.resolve("c.json"), "{\"ciphertext\":\"AAAA\",\"dataToEncryptHash\":\"" + "00".repeat(32) + "\"}");
        Cli.Run dec = Cli.run(
                "decrypt", "--network", nodes, "--conditions", conditions.toString(), "--in", notCiphertext.toString());
        assertEquals(1, dec.exitCode());
        assertEquals(
                "lit4j decrypt: encryptedData.ciphertext: is 3 bytes; a time-lock ciphertext has at least 82"
                        + " (U 48, V 32, the length of W, W, the scheme byte)",
                dec.failureLine());
    }
}
