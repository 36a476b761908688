package dev.lit4j.cli;

import static dev.lit4j.cli.JsSdkProject.sorted;
import static dev.lit4j.cli.JsSdkProject.string;
import static dev.lit4j.cli.JsSdkProject.strings;
import static dev.lit4j.cli.JsSdkProject.walletKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.codec.Hex;
import dev.lit4j.domain.codec.JsonValue;
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
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * {@code crosscheck/datil} when its {@code node_modules} is missing or older than the lock file
 * ({@link JsSdkProject}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsSdkCrossCheckIT {
    private static final Path ROOT = Path.of(System.getProperty("lit4j.root"));
    private static final JsSdkProject PROJECT = new JsSdkProject(ROOT, "datil");
    /** What pkp-sign.mjs signs: keccak256 of this text. */
    private static final String MESSAGE = "lit4j cross-check";

    private final ECKeyPair walletKey = walletKey();
    private final String wallet = Keys.toChecksumAddress(Keys.getAddress(walletKey));
    private Path workDir;
    private JsSdkProject.Network network;
    private JsonValue.Obj description;
    private HttpNodeTransport transport;
    private Lit4j lit;
    private int scriptRuns;

    @BeforeAll
    void startTheNetworkAndInstallTheSdk() throws Exception {
        JsSdkProject.requireNode();
        workDir = Files.createTempDirectory("lit4j-crosscheck");
        CompletableFuture<Void> install = CompletableFuture.runAsync(PROJECT::npmCiIfStale);
        network = JsSdkProject.startNetwork(ROOT, workDir, List.of("--mint-pkp-for", wallet));
        description = network.description();
        transport = HttpNodeTransport.create(NodeTransportConfig.custom(strings(description.get("nodeUrls")
                .orElseThrow())).build());
        lit = Lit4j.builder().nodes(transport).store(new InMemorySessionStore()).build();
        install.join();
    }

    @AfterAll
    void stopTheNetwork() throws Exception {
        JsSdkProject.stop(lit, network);
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
            assertTrue(verdict.isValid(), verdict.describe());
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
        JsSdkProject.Run run = runScript("session-sigs.mjs", walletKey());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(new JsonValue.Bool(false), run.result().get("ok").orElseThrow());
        assertEquals("NodeError", string(run.result(), "name"));
        assertEquals("node_error", string(run.result(), "code"));
        assertEquals("NodeAuthSigScopeTooLimited", string(run.result(), "errorCode"), run.result().toString());
        assertTrue(string(run.result(), "error").contains("\"details\":[\"None of the AuthMethods, AuthSig or Lit"
                + " Actions meet the requires scope [2].\"]"), run.result().toString());
    }

    private JsonValue.Obj runScript(String script) throws IOException, InterruptedException {
        JsSdkProject.Run run = runScript(script, walletKey);
        assertEquals(0, run.exitCode(), script + " failed: " + run.result() + "\n" + run.err());
        assertEquals(new JsonValue.Bool(true), run.result().get("ok").orElseThrow(), run.result().toString());
        return run.result();
    }

    private JsSdkProject.Run runScript(String script, ECKeyPair key) throws IOException, InterruptedException {
        return PROJECT.run(script, Map.of(
                "LIT4J_RPC_URL", string(description, "rpcUrl"),
                "LIT4J_WALLET_KEY", Hex.encode0x(Numeric.toBytesPadded(key.getPrivateKey(), 32)),
                "LIT4J_PKP_PUBLIC_KEY", string(pkp(), "publicKey")),
                workDir.resolve(script + "-" + (++scriptRuns) + ".err"));
    }

    private JsonValue.Obj pkp() {
        JsonValue.Obj pkp = (JsonValue.Obj) ((JsonValue.Arr) description.get("pkps").orElseThrow()).items().get(0);
        assertEquals(new JsonValue.Str(wallet), pkp.get("owner").orElseThrow());
        return pkp;
    }
}
