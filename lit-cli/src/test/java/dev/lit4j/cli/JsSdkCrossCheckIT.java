package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * The independent cross-check: the real Lit JS SDK 7.4 ({@code crosscheck/datil}, run with Node.js) against
 * {@code lit4j network start} run as a process by the {@code ./lit4j} launcher, connecting with only
 * {@code litNetwork: 'custom'}, the printed {@code rpcUrl} and {@code checkNodeAttestation: false}; and Lit4j's
 * own client against the same process over the printed node URLs.
 *
 * <p>Needs Node.js 18 or newer and npm (Debian: {@code apt-get install nodejs npm}); runs {@code npm ci} in
 * {@code crosscheck/datil} when its {@code node_modules} is missing or older than the lock file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsSdkCrossCheckIT {
    private static final Path ROOT = Path.of(System.getProperty("lit4j.root"));
    private static final Path PROJECT = ROOT.resolve("crosscheck/datil");
    private static final Duration NPM_CI_LIMIT = Duration.ofMinutes(8);
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(2);
    /** What pkp-sign.mjs signs: keccak256 of this text. */
    private static final String MESSAGE = "lit4j cross-check";

    private final ECKeyPair walletKey = walletKey();
    private final String wallet = Keys.toChecksumAddress(Keys.getAddress(walletKey));
    private Path workDir;
    private Process network;
    private JsonValue.Obj description;
    private HttpNodeTransport transport;
    private Lit4j lit;

    @BeforeAll
    void startTheNetworkAndInstallTheSdk() throws Exception {
        requireNode();
        workDir = Files.createTempDirectory("lit4j-crosscheck");
        CompletableFuture<Void> install = CompletableFuture.runAsync(JsSdkCrossCheckIT::npmCiIfStale);
        network = new ProcessBuilder(ROOT.resolve("lit4j").toString(), "network", "start", "--mint-pkp-for", wallet)
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("network.err").toFile())
                .start();
        network.getOutputStream().close();
        description = (JsonValue.Obj) JsonValueParser.parse("network start", firstLine(network));
        transport = HttpNodeTransport.create(NodeTransportConfig.custom(strings(description.get("nodeUrls")
                .orElseThrow())).build());
        lit = Lit4j.builder().nodes(transport).store(new InMemorySessionStore()).build();
        install.join();
    }

    @AfterAll
    void stopTheNetwork() throws Exception {
        if (lit != null) {
            lit.close();
        }
        if (network != null) {
            network.destroy();
            if (!network.waitFor(20, TimeUnit.SECONDS)) {
                network.destroyForcibly();
            }
        }
    }

    @Test
    void theJsSdkConnectsAsACustomNetworkAndGetsSessionSigsAndPkpSessionSigs() throws Exception {
        JsonValue.Obj result = runScript("session-sigs.mjs");

        List<String> nodeUrls = sorted(strings(description.get("nodeUrls").orElseThrow()));
        assertEquals(nodeUrls, strings(result.get("bootstrapUrls").orElseThrow()),
                "the SDK found the nodes in the Staking contract at rpcUrl");
        assertEquals(description.get("threshold").orElseThrow(), result.get("minNodeCount").orElseThrow());
        assertEquals(new JsonValue.Num(1), result.get("epoch").orElseThrow());
        assertTrue(string(result, "latestBlockhash").matches("0x[0-9a-f]{64}"), result.toString());
        assertEquals(nodeUrls, strings(result.get("sessionSigNodes").orElseThrow()), "an EOA session sig per node");
        assertEquals(nodeUrls, strings(result.get("pkpSessionSigNodes").orElseThrow()),
                "a PKP session sig per node: the nodes signed the session key and the SDK verified the combined"
                        + " BLS signature");
        assertEquals("ed25519", string(result, "pkpSessionSigAlgo"));
    }

    @Test
    void theJsSdkSignsWithThePkpAndTheSignatureRecoversToItsAddress() throws Exception {
        JsonValue.Obj result = runScript("pkp-sign.mjs");

        assertEquals(Hex.encode0x(Hash.sha3(MESSAGE.getBytes(StandardCharsets.UTF_8))), string(result, "digest"));
        assertTrue(string(result, "signature").matches("0x[0-9a-f]{128}(1b|1c)"), result.toString());
        assertEquals(string(pkp(), "ethAddress"), string(result, "recovered"), "ethers recovered the PKP's address");
    }

    @Test
    void lit4jGetsPkpSessionSigsFromTheSameNetworkOverItsNodeUrls() {
        List<String> nodeUrls = strings(description.get("nodeUrls").orElseThrow());
        Lit4jSession session = lit4jPkpSession();

        assertEquals(sorted(nodeUrls), sorted(session.sigs().nodeUrls()));
        for (String url : session.sigs().nodeUrls()) {
            SessionSigVerification verdict = lit.verifier(url, VerificationMode.STRICT)
                    .verify(session.sigs().forNode(url).orElseThrow(), LitResource.wildcard(ResourcePrefix.PKP),
                            LitAbility.PKP_SIGNING);
            assertTrue(verdict.valid(), verdict.describe());
            assertEquals(AuthSigKind.BLS_NETWORK, verdict.acceptedCapability().orElseThrow().kind());
            assertEquals(session.pkp().ethAddress().checksummed(),
                    verdict.acceptedCapability().orElseThrow().address());
        }
    }

    @Test
    void lit4jSignsWithThePkpOnTheSameNetwork() {
        Lit4jSession session = lit4jPkpSession();
        byte[] digest = Hash.sha3(MESSAGE.getBytes(StandardCharsets.UTF_8));

        PkpSignature signed = lit.pkpSign(new PkpSignRequest(DataToSign.ofDigest(digest), session.pkp(),
                session.sigs()));

        // recovered here with web3j, independently of the combiner's own check
        BigInteger recovered = Sign.recoverFromSignature(signed.recid(), new ECDSASignature(
                new BigInteger(signed.r(), 16), new BigInteger(signed.s(), 16)), digest);
        assertEquals(string(pkp(), "ethAddress"), Keys.toChecksumAddress(Keys.getAddress(recovered)));
    }

    /** The PKP and Lit4j's PKP session sigs for it. */
    private record Lit4jSession(PkpPublicKey pkp, SessionSigs sigs) {
    }

    private Lit4jSession lit4jPkpSession() {
        assertEquals(string(description, "networkPublicKey"), transport.network().networkPublicKey().hex());
        PkpPublicKey pkp = PkpPublicKey.parse("pkps[0].publicKey", string(pkp(), "publicKey"));
        Instant now = Instant.now();
        SessionSigs sigs = lit.sessionSigs(SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING).build(),
                lit.pkp(pkp, List.of(EthWalletAuthMethods.authenticate(PrivateKeyWalletSigner.of(walletKey),
                        transport.latestBlockhash(), now, now.plus(Duration.ofMinutes(10))))));
        return new Lit4jSession(pkp, sigs);
    }

    @Test
    void aWalletThatDoesNotOwnThePkpGetsTheNodesErrorAsTheSdkReadsIt() throws Exception {
        Run run = runScript("session-sigs.mjs", walletKey());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(new JsonValue.Bool(false), run.result().get("ok").orElseThrow());
        assertEquals("NodeError", string(run.result(), "name"));
        assertEquals("node_error", string(run.result(), "code"));
        assertEquals("NodeAuthSigScopeTooLimited", string(run.result(), "errorCode"), run.result().toString());
        assertTrue(string(run.result(), "error").contains("\"details\":[\"None of the AuthMethods, AuthSig or Lit"
                + " Actions meet the requires scope [2].\"]"), run.result().toString());
    }

    /** What a script printed (its one JSON line) and returned. */
    private record Run(int exitCode, JsonValue.Obj result, String err) {
    }

    private JsonValue.Obj runScript(String script) throws IOException, InterruptedException {
        Run run = runScript(script, walletKey);
        assertEquals(0, run.exitCode(), script + " failed: " + run.result() + "\n" + run.err());
        assertEquals(new JsonValue.Bool(true), run.result().get("ok").orElseThrow(), run.result().toString());
        return run.result();
    }

    private Run runScript(String script, ECKeyPair key) throws IOException, InterruptedException {
        Path err = workDir.resolve(script + ".err");
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(PROJECT.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("LIT4J_RPC_URL", string(description, "rpcUrl"));
        env.put("LIT4J_WALLET_KEY", Hex.encode0x(Numeric.toBytesPadded(key.getPrivateKey(), 32)));
        env.put("LIT4J_PKP_PUBLIC_KEY", string(pkp(), "publicKey"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish in " + SCRIPT_LIMIT + "; its errors:\n" + tail(err));
        }
        String lastLine = out.strip().lines().reduce((first, second) -> second).orElse("");
        if (!lastLine.startsWith("{")) {
            throw new AssertionError(script + " exited with " + process.exitValue() + " and printed no JSON line: "
                    + lastLine + "\n" + tail(err));
        }
        return new Run(process.exitValue(), (JsonValue.Obj) JsonValueParser.parse(script, lastLine), tail(err));
    }

    private JsonValue.Obj pkp() {
        JsonValue.Obj pkp = (JsonValue.Obj) ((JsonValue.Arr) description.get("pkps").orElseThrow()).items().get(0);
        assertEquals(new JsonValue.Str(wallet), pkp.get("owner").orElseThrow());
        return pkp;
    }

    private static void requireNode() throws InterruptedException {
        String version;
        try {
            version = output(List.of("node", "--version"), Duration.ofSeconds(30)).strip();
            output(List.of("npm", "--version"), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new AssertionError("the JS SDK cross-check needs Node.js 18 or newer and npm on the PATH (Debian:"
                    + " apt-get install nodejs npm): " + e.getMessage(), e);
        }
        int major = Integer.parseInt(version.replaceFirst("^v(\\d+)\\..*$", "$1"));
        if (major < 18) {
            throw new AssertionError("the JS SDK cross-check needs Node.js 18 or newer (Debian: apt-get install nodejs"
                    + " npm), found " + version);
        }
    }

    // npm ci wipes node_modules, so it runs only when the lock file is newer than the installed tree
    private static void npmCiIfStale() {
        Path installed = PROJECT.resolve("node_modules/.package-lock.json");
        try {
            if (Files.isRegularFile(installed) && Files.getLastModifiedTime(installed)
                    .compareTo(Files.getLastModifiedTime(PROJECT.resolve("package-lock.json"))) >= 0) {
                return;
            }
            output(List.of("npm", "ci"), NPM_CI_LIMIT);
        } catch (IOException e) {
            throw new AssertionError("npm ci in " + PROJECT + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during npm ci", e);
        }
    }

    private static String output(List<String> command, Duration limit) throws IOException, InterruptedException {
        Path log = Files.createTempFile("lit4j-crosscheck", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + limit);
            }
            String text = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String firstLine(Process process) throws IOException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                throw new AssertionError("cannot read network start's output", e);
            }
        });
        try {
            String text = line.get(120, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("network start printed nothing and exited with " + process.waitFor());
            }
            return text;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("network start did not print its description: " + e, e);
        }
    }

    private String tail(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static ECKeyPair walletKey() {
        try {
            return Keys.createEcKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError("cannot make a test wallet", e);
        }
    }

    private static String string(JsonValue.Obj object, String key) {
        return ((JsonValue.Str) object.get(key).orElseThrow()).value();
    }

    private static List<String> strings(JsonValue array) {
        return ((JsonValue.Arr) array).items().stream().map(item -> ((JsonValue.Str) item).value()).toList();
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
