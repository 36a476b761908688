package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

/** {@code lit4j execute}: runs a Lit Action with session sigs made for the wallet or read from a file. */
class ExecuteCommandTest {
    @TempDir
    Path home;

    private static JsonValue.Obj json(Cli.Run run) {
        return (JsonValue.Obj) JsonValueParser.parse("out", run.out().strip());
    }

    @Test
    void runsACodeFileWithJsParamsOnTheEmbeddedNetwork() throws IOException {
        Path action = home.resolve("action.js");
        Files.writeString(
                action,
                "(async () => { console.log('hi', name);"
                        + " Lit.Actions.setResponse({response: JSON.stringify({hello: name, pkp: publicKey.length})}); })();");

        Cli.Run run = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--code-file",
                action.toString(),
                "--js-params",
                "{\"name\":\"world\"}");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "{\"response\":{\"hello\":\"world\",\"pkp\":130},\"signatures\":{},\"claims\":{},"
                        + "\"logs\":\"hi world\\n\"}",
                run.out().strip());
        assertTrue(
                run.err()
                        .contains("lit4j: executing Lit Action " + IpfsCid.ofContent(Files.readAllBytes(action))
                                + " on 3 nodes"),
                run.err());
    }

    @Test
    void anActionThatSignsPrintsTheCombinedSignatureOfTheMintedPkp() throws IOException {
        Path action = home.resolve("sign.js");
        Files.writeString(
                action,
                "(async () => { await Lit.Actions.signEcdsa({toSign, publicKey, sigName: 'sig1'});"
                        + " Lit.Actions.setResponse({response: 'signed'}); })();");
        byte[] digest = Hash.sha3("lit4j execute".getBytes(StandardCharsets.UTF_8));
        StringBuilder toSign = new StringBuilder("[");
        for (byte b : digest) {
            toSign.append(toSign.length() > 1 ? "," : "").append(b & 0xff);
        }

        Cli.Run run = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--code-file",
                action.toString(),
                "--js-params",
                "{\"toSign\":" + toSign + "]}");

        assertEquals(0, run.exitCode(), run.err());
        Matcher minted = Pattern.compile("minted PKP (0x04[0-9a-f]{128})").matcher(run.err());
        assertTrue(minted.find(), run.err());
        PkpPublicKey pkp = PkpPublicKey.parse("minted", minted.group(1));
        JsonValue.Obj sig1 =
                (JsonValue.Obj) ((JsonValue.Obj) json(run).get("signatures").orElseThrow())
                        .get("sig1")
                        .orElseThrow();
        String rsv = ((JsonValue.Str) sig1.get("signature").orElseThrow()).value();
        assertEquals(
                pkp.ethAddress(), EcdsaSignature.parseRsvHex("signature", rsv).recoverAddress(digest));
        assertEquals(
                new JsonValue.Str(Hex.encode(digest).toUpperCase(Locale.ROOT)),
                sig1.get("dataSigned").orElseThrow());
    }

    @Test
    void onANagaNetworkTheActionReadsItsParamsUnderJsParamsAndSigns() throws IOException {
        Path action = home.resolve("naga.js");
        Files.writeString(
                action,
                "(async () => { await Lit.Actions.signEcdsa({toSign: jsParams.toSign,"
                        + " publicKey: jsParams.publicKey, sigName: 'sig1'});"
                        + " Lit.Actions.setResponse({response: jsParams.greeting}); })();");
        byte[] digest = Hash.sha3("lit4j execute on naga".getBytes(StandardCharsets.UTF_8));
        StringBuilder toSign = new StringBuilder("[");
        for (byte b : digest) {
            toSign.append(toSign.length() > 1 ? "," : "").append(b & 0xff);
        }

        Cli.Run run = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--protocol",
                "naga",
                "--code-file",
                action.toString(),
                "--js-params",
                "{\"greeting\":\"hello naga\",\"toSign\":" + toSign + "]}");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new JsonValue.Str("hello naga"), json(run).get("response").orElseThrow());
        Matcher minted = Pattern.compile("minted PKP (0x04[0-9a-f]{128})").matcher(run.err());
        assertTrue(minted.find(), run.err());
        JsonValue.Obj sig1 =
                (JsonValue.Obj) ((JsonValue.Obj) json(run).get("signatures").orElseThrow())
                        .get("sig1")
                        .orElseThrow();
        String rsv = ((JsonValue.Str) sig1.get("signature").orElseThrow()).value();
        assertEquals(
                PkpPublicKey.parse("minted", minted.group(1)).ethAddress(),
                EcdsaSignature.parseRsvHex("signature", rsv).recoverAddress(digest));
    }

    @Test
    void readsTheCodeFromStandardInput() {
        Cli.Run run = Cli.run(
                new ByteArrayInputStream(
                        "Lit.Actions.setResponse({response: 'plain text'});".getBytes(StandardCharsets.UTF_8)),
                "execute",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--code-file",
                "-");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new JsonValue.Str("plain text"), json(run).get("response").orElseThrow());
    }

    @Test
    void runsAnActionPinnedOnNodesGivenByUrlWithSessionSigsFromAFile() throws IOException {
        Path keyFile = home.resolve("owner.key");
        Files.writeString(keyFile, FakeWalletSigner.HARDHAT_KEY_0);
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(4).build()) {
            IpfsCid cid = network.actions().register("Lit.Actions.setResponse({response: String(answer * 2)});");
            String urls = String.join(",", network.nodeUrls());
            Cli.Run sigs = Cli.run(
                    "session-sigs",
                    "--home",
                    home.toString(),
                    "--store",
                    "memory",
                    "--network",
                    urls,
                    "--wallet-key-file",
                    keyFile.toString());
            assertEquals(0, sigs.exitCode(), sigs.err());
            Path sigsFile = home.resolve("sigs.json");
            Files.writeString(sigsFile, sigs.out());

            Cli.Run run = Cli.run(
                    "execute",
                    "--home",
                    home.toString(),
                    "--store",
                    "memory",
                    "--network",
                    urls,
                    "--ipfs-id",
                    cid.value(),
                    "--js-params",
                    "{\"answer\":21}",
                    "--session-sigs",
                    sigsFile.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(new JsonValue.Num(42), json(run).get("response").orElseThrow());
        }
    }

    @Test
    void aFailingActionShowsItsErrorAndLogs() throws IOException {
        Path action = home.resolve("action.js");
        Files.writeString(action, "console.log('checking'); throw new Error('not today');");

        Cli.Run run =
                Cli.run("execute", "--home", home.toString(), "--store", "memory", "--code-file", action.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(
                run.failureLine()
                        .startsWith("lit4j execute: the Lit Action " + IpfsCid.ofContent(Files.readAllBytes(action))
                                + " failed: \"Error: not today\"; it logged: \"checking\\n\"."),
                run.failureLine());
    }

    @Test
    void wrongOptionsFail() throws IOException {
        Path code = Files.writeString(home.resolve("a.js"), "Lit.Actions.setResponse({response: 'a'});");
        Cli.Run both = Cli.run(
                "execute",
                "--code-file",
                code.toString(),
                "--ipfs-id",
                "QmQF4xnPc7unrDRjwyM1VxraoDuHck3K9EMRZ1sc44spts");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--code-file=FILE, --ipfs-id=CID are mutually exclusive"), both.err());

        Cli.Run none = Cli.run("execute");
        assertEquals(2, none.exitCode());
        assertTrue(
                none.err()
                        .contains("Missing required argument (specify one of these): (--code-file=FILE |"
                                + " --ipfs-id=CID)"),
                none.err());

        Cli.Run badId = Cli.run("execute", "--home", home.toString(), "--ipfs-id", "bafy");
        assertEquals(2, badId.exitCode());
        assertEquals(
                "lit4j execute: Invalid value for option '--ipfs-id': expected a CIDv0: \"Qm\" followed by 44"
                        + " base58 characters, got \"bafy\"",
                badId.firstErrorLine());

        Cli.Run array = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--ipfs-id",
                "QmQF4xnPc7unrDRjwyM1VxraoDuHck3K9EMRZ1sc44spts",
                "--js-params",
                "[1]");
        assertEquals(2, array.exitCode());
        assertEquals(
                "lit4j execute: Invalid value for option '--js-params': expected a JSON object, got array",
                array.firstErrorLine());

        Cli.Run notJson = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--ipfs-id",
                "QmQF4xnPc7unrDRjwyM1VxraoDuHck3K9EMRZ1sc44spts",
                "--js-params",
                "{\"a\":");
        assertEquals(2, notJson.exitCode());
        assertTrue(
                notJson.firstErrorLine().startsWith("lit4j execute: Invalid value for option '--js-params': "),
                notJson.err());

        Cli.Run missingCode = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--code-file",
                home.resolve("none.js").toString());
        assertEquals(2, missingCode.exitCode());
        assertEquals(
                "lit4j execute: Invalid value for option '--code-file': cannot read " + home.resolve("none.js")
                        + ": no such file or directory",
                missingCode.firstErrorLine());

        Cli.Run missingSigs = Cli.run(
                "execute",
                "--home",
                home.toString(),
                "--ipfs-id",
                "QmQF4xnPc7unrDRjwyM1VxraoDuHck3K9EMRZ1sc44spts",
                "--session-sigs",
                home.resolve("none").toString());
        assertEquals(2, missingSigs.exitCode());
        assertEquals(
                "lit4j execute: Invalid value for option '--session-sigs': cannot read " + home.resolve("none")
                        + ": no such file or directory",
                missingSigs.firstErrorLine());
    }
}
