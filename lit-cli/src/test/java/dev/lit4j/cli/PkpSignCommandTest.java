package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j pkp-sign} end to end: PKP session sigs, then the nodes' ECDSA shares combined into the PKP's signature. */
class PkpSignCommandTest {
    private static final Pattern MINTED = Pattern.compile("minted PKP (0x04[0-9a-f]{128})");

    @TempDir
    Path home;

    @Test
    void signsAMessageWithThePkpMintedForTheWallet() {
        Cli.Run run =
                Cli.run("pkp-sign", "--home", home.toString(), "--store", "memory", "--message", "Hello Lit, sign me");

        assertEquals(0, run.exitCode(), run.err());
        PkpPublicKey pkp = PkpPublicKey.parse("minted", find(MINTED, run.err()));
        DataToSign data = DataToSign.hashOf(
                "Hello Lit, sign me".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256);
        assertSignatureOf(run.out(), pkp, data);
    }

    @Test
    void signsOverTheNagaWireOfAnEmbeddedNagaNetwork() {
        Cli.Run run = Cli.run(
                "pkp-sign",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--protocol",
                "naga",
                "--message",
                "Hello Naga");

        assertEquals(0, run.exitCode(), run.err());
        PkpPublicKey pkp = PkpPublicKey.parse("minted", find(MINTED, run.err()));
        assertSignatureOf(
                run.out(),
                pkp,
                DataToSign.hashOf("Hello Naga".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256));
    }

    @Test
    void signsADigestOrASha256HashedMessage() {
        String digest = "0x" + "ab".repeat(32);
        Cli.Run byDigest = Cli.run("pkp-sign", "--home", home.toString(), "--store", "memory", "--digest", digest);
        Cli.Run bySha256 = Cli.run(
                "pkp-sign", "--home", home.toString(), "--store", "memory", "--message", "hi", "--hash", "SHA256");

        assertEquals(0, byDigest.exitCode(), byDigest.err());
        assertSignatureOf(
                byDigest.out(),
                PkpPublicKey.parse("minted", find(MINTED, byDigest.err())),
                DataToSign.parse("digest", digest));
        assertEquals(0, bySha256.exitCode(), bySha256.err());
        assertSignatureOf(
                bySha256.out(),
                PkpPublicKey.parse("minted", find(MINTED, bySha256.err())),
                DataToSign.hashOf("hi".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.SHA256));
    }

    @Test
    void signsWithSessionSigsFromAFileOnNodesGivenByUrl() throws IOException {
        Path keyFile = home.resolve("owner.key");
        Files.writeString(keyFile, FakeWalletSigner.HARDHAT_KEY_0);
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(4).build()) {
            Pkp pkp = network.pkps().mint(EthAddress.parseChecksummed("owner", FlowVector.WALLET));
            String urls = String.join(",", network.nodeUrls());
            Cli.Run sigs = Cli.run(
                    "pkp-session-sigs",
                    "--home",
                    home.toString(),
                    "--network",
                    urls,
                    "--wallet-key-file",
                    keyFile.toString(),
                    "--pkp-public-key",
                    pkp.publicKey0x(),
                    "--store",
                    "memory");
            assertEquals(0, sigs.exitCode(), sigs.err());
            Path sigsFile = home.resolve("sigs.json");
            Files.writeString(sigsFile, sigs.out());

            Cli.Run run = Cli.run(
                    "pkp-sign",
                    "--home",
                    home.toString(),
                    "--network",
                    urls,
                    "--pkp-public-key",
                    pkp.publicKey0x(),
                    "--session-sigs",
                    sigsFile.toString(),
                    "--message",
                    "from a file");

            assertEquals(0, run.exitCode(), run.err());
            assertSignatureOf(
                    run.out(),
                    new PkpPublicKey(pkp.publicKey()),
                    DataToSign.hashOf(
                            "from a file".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256));
        }
    }

    @Test
    void badInputIsAUsageErrorNamingTheOption() throws IOException {
        Cli.Run both = Cli.run("pkp-sign", "--home", home.toString(), "--digest", "ab".repeat(32), "--message", "m");
        Cli.Run neither = Cli.run("pkp-sign", "--home", home.toString());
        Cli.Run hash = Cli.run("pkp-sign", "--home", home.toString(), "--message", "m", "--hash", "md5");
        Cli.Run digest = Cli.run("pkp-sign", "--home", home.toString(), "--digest", "abcd");
        Cli.Run notHex = Cli.run("pkp-sign", "--home", home.toString(), "--digest", "zz".repeat(32));
        Path sigsFile = Files.writeString(home.resolve("sigs.json"), "{}");
        Cli.Run emptySigs = Cli.run(
                "pkp-sign",
                "--home",
                home.toString(),
                "--digest",
                "ab".repeat(32),
                "--session-sigs",
                sigsFile.toString());
        Cli.Run missingSigs = Cli.run(
                "pkp-sign",
                "--home",
                home.toString(),
                "--digest",
                "ab".repeat(32),
                "--session-sigs",
                home.resolve("none.json").toString());
        Cli.Run noKey = Cli.run(
                "pkp-sign",
                "--home",
                home.toString(),
                "--digest",
                "ab".repeat(32),
                "--session-sigs",
                FlowVector.mapFile().toString());

        assertEquals(
                List.of(2, 2, 2, 2, 2, 2, 2, 2),
                List.of(
                        both.exitCode(),
                        neither.exitCode(),
                        hash.exitCode(),
                        digest.exitCode(),
                        notHex.exitCode(),
                        emptySigs.exitCode(),
                        missingSigs.exitCode(),
                        noKey.exitCode()));
        assertEquals(
                "lit4j pkp-sign: Error: --digest=HEX, --message=TEXT are mutually exclusive (specify only one)",
                both.firstErrorLine());
        assertEquals(
                "lit4j pkp-sign: Error: Missing required argument (specify one of these): (--digest=HEX |"
                        + " --message=TEXT)",
                neither.firstErrorLine());
        assertEquals(
                "lit4j pkp-sign: Invalid value for option '--hash': expected keccak256 or sha256, got \"md5\"\n"
                        + "Try 'lit4j pkp-sign --help' for more information.\n",
                hash.err());
        assertEquals(
                "lit4j pkp-sign: Invalid value for option '--digest': expected a 32-byte digest (64 hex digits),"
                        + " got 2 bytes",
                digest.firstErrorLine());
        assertEquals(
                "lit4j pkp-sign: Invalid value for option '--digest': not a hex digit 'z' at position 0",
                notHex.firstErrorLine());
        assertEquals(
                "lit4j pkp-sign: Invalid value for option '--session-sigs': " + sigsFile + ": sessionSigs: "
                        + "has no entries; there must be a session sig for at least one node",
                emptySigs.firstErrorLine());
        assertEquals(
                "lit4j pkp-sign: Invalid value for option '--session-sigs': cannot read " + home.resolve("none.json")
                        + ": no such file or directory",
                missingSigs.firstErrorLine());
        assertEquals(
                "lit4j pkp-sign: --pkp-public-key is required with --session-sigs: name the PKP the session sigs"
                        + " grant pkp-signing on",
                noKey.firstErrorLine());
    }

    private static void assertSignatureOf(String out, PkpPublicKey pkp, DataToSign data) {
        JsonObject json = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(List.of("r", "s", "recid", "signature", "publicKey", "dataSigned"), List.copyOf(json.keySet()));
        assertEquals(pkp.hex().toUpperCase(Locale.ROOT), json.get("publicKey").getAsString());
        assertEquals(data.hex().toUpperCase(Locale.ROOT), json.get("dataSigned").getAsString());
        EcdsaSignature signature =
                EcdsaSignature.parseRsvHex("signature", json.get("signature").getAsString());
        assertEquals(
                json.get("r").getAsString() + json.get("s").getAsString(),
                json.get("signature").getAsString().substring(2, 130));
        assertEquals(json.get("recid").getAsInt(), signature.recoveryId().getAsInt());
        assertTrue(signature.isLowS());
        assertEquals(pkp.ethAddress(), signature.recoverAddress(Hex.decode("digest", data.hex())));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
