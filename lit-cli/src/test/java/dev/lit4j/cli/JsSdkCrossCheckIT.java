package dev.lit4j.cli;

import static dev.lit4j.cli.JsSdkProject.sorted;
import static dev.lit4j.cli.JsSdkProject.string;
import static dev.lit4j.cli.JsSdkProject.strings;
import static dev.lit4j.cli.JsSdkProject.walletKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JavaJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * own client against the same process over the printed node URLs: session sigs and PKP session sigs,
 * {@code pkpSign}, {@code executeJs} (an action that only responds, by code and by IPFS id, and an async one
 * that signs with {@code signEcdsa}), ciphertexts of each side decrypted by the other, and the nodes' refusal
 * of a wallet that does not meet the conditions as both report it.
 *
 * <p>Needs Node.js 18 or newer and npm (Debian: {@code apt-get install nodejs npm}); runs {@code npm ci} in
 * {@code crosscheck/datil} when its {@code node_modules} is missing or older than the lock file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsSdkCrossCheckIT {
    private static final Path ROOT = Path.of(System.getProperty("lit4j.root"));
    private static final JsSdkProject PROJECT = new JsSdkProject(ROOT, "datil");
    /** The Lit Action that does not sign; the network pins it, so that it runs by IPFS id too. */
    private static final Path RESPOND_ACTION = ROOT.resolve("crosscheck/datil/actions/respond.js");
    /** respond.js's jsParams and the response it sets with them. */
    private static final String RESPOND_PARAMS = "{\"greeting\":\"hello\",\"numbers\":[1,2,3.5]}";

    private static final String RESPONDED = "{\"greeting\":\"hello, Lit\",\"total\":6.5}";
    /** What pkp-sign.mjs signs: keccak256 of this text. */
    private static final String MESSAGE = "lit4j cross-check";
    /** What encrypt-decrypt.mjs encrypts with the JS SDK for Lit4j to decrypt. */
    private static final String JS_PLAINTEXT = "encrypted by the JS SDK 7.4";
    /** What Lit4j encrypts for the JS SDK to decrypt. */
    private static final String LIT4J_PLAINTEXT = "encrypted by Lit4j \u00e9\u2713";

    private final ECKeyPair walletKey = walletKey();
    private final String wallet = Keys.toChecksumAddress(Keys.getAddress(walletKey));
    private Path workDir;
    private JsSdkProject.Network network;
    private JsonValue.Obj description;
    private HttpNodeTransport transport;
    private Lit4j lit;
    private int scriptRuns;
    private JsSdkProject.Run encryptDecrypt;
    private EncryptedData lit4jEncrypted;

    @BeforeAll
    void startTheNetworkAndInstallTheSdk() throws Exception {
        JsSdkProject.requireNode();
        workDir = Files.createTempDirectory("lit4j-crosscheck");
        CompletableFuture<Void> install = CompletableFuture.runAsync(PROJECT::npmCiIfStale);
        network = JsSdkProject.startNetwork(
                ROOT, workDir, List.of("--mint-pkp-for", wallet, "--action", RESPOND_ACTION.toString()));
        description = network.description();
        transport = HttpNodeTransport.create(
                NodeTransportConfig.custom(strings(description.get("nodeUrls").orElseThrow()))
                        .build());
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
        assertEquals(
                nodeUrls,
                strings(result.get("bootstrapUrls").orElseThrow()),
                "the SDK found the nodes in the Staking contract at rpcUrl");
        assertEquals(
                description.get("threshold").orElseThrow(),
                result.get("minNodeCount").orElseThrow());
        assertEquals(new JsonValue.Num(1), result.get("epoch").orElseThrow());
        assertTrue(string(result, "latestBlockhash").matches("0x[0-9a-f]{64}"), result.toString());
        assertEquals(nodeUrls, strings(result.get("sessionSigNodes").orElseThrow()), "an EOA session sig per node");
        assertEquals(
                nodeUrls,
                strings(result.get("pkpSessionSigNodes").orElseThrow()),
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
                    .verify(
                            session.sigs().forNode(url).orElseThrow(),
                            LitResource.wildcard(ResourcePrefix.PKP),
                            LitAbility.PKP_SIGNING);
            assertTrue(verdict.valid(), verdict.describe());
            assertEquals(
                    AuthSigKind.BLS_NETWORK,
                    verdict.acceptedCapability().orElseThrow().kind());
            assertEquals(
                    session.pkp().ethAddress().checksummed(),
                    verdict.acceptedCapability().orElseThrow().address());
        }
    }

    @Test
    void lit4jSignsWithThePkpOnTheSameNetwork() {
        Lit4jSession session = lit4jPkpSession();
        byte[] digest = Hash.sha3(MESSAGE.getBytes(StandardCharsets.UTF_8));

        PkpSignature signed =
                lit.pkpSign(new PkpSignRequest(DataToSign.ofDigest(digest), session.pkp(), session.sigs()));

        // recovered here with web3j, independently of the combiner's own check
        assertEquals(string(pkp(), "ethAddress"), recover(digest, signed.recid(), signed.r(), signed.s()));
    }

    /** The PKP and Lit4j's PKP session sigs for it. */
    private record Lit4jSession(PkpPublicKey pkp, SessionSigs sigs) {}

    private Lit4jSession lit4jPkpSession() {
        return lit4jPkpSession(SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING));
    }

    /** PKP session sigs as the SDK's execute-js.mjs requests them: lit-action-execution and pkp-signing. */
    private Lit4jSession lit4jActionSession() {
        return lit4jPkpSession(SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING));
    }

    private Lit4jSession lit4jPkpSession(SessionSigsRequest.Builder request) {
        assertEquals(
                string(description, "networkPublicKey"),
                transport.network().networkPublicKey().hex());
        PkpPublicKey pkp = PkpPublicKey.parse("pkps[0].publicKey", string(pkp(), "publicKey"));
        Instant now = Instant.now();
        SessionSigs sigs = lit.sessionSigs(
                request.build(),
                lit.pkp(
                        pkp,
                        List.of(EthWalletAuthMethods.authenticate(
                                PrivateKeyWalletSigner.of(walletKey),
                                transport.latestBlockhash(),
                                now,
                                now.plus(Duration.ofMinutes(10))))));
        return new Lit4jSession(pkp, sigs);
    }

    @Test
    void aWalletThatDoesNotOwnThePkpGetsTheNodesErrorAsTheSdkReadsIt() throws Exception {
        JsSdkProject.Run run = runScript("session-sigs.mjs", walletKey());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(new JsonValue.Bool(false), run.result().get("ok").orElseThrow());
        assertEquals("NodeError", string(run.result(), "name"));
        assertEquals("node_error", string(run.result(), "code"));
        assertEquals(
                "NodeAuthSigScopeTooLimited",
                string(run.result(), "errorCode"),
                run.result().toString());
        assertTrue(
                string(run.result(), "error")
                        .contains("\"details\":[\"None of the AuthMethods, AuthSig or Lit"
                                + " Actions meet the requires scope [2].\"]"),
                run.result().toString());
    }

    @Test
    void theJsSdkAndLit4jRunAnActionThatDoesNotSignAndGetTheSameResponse() throws Exception {
        JsonValue.Obj params = (JsonValue.Obj) JsonValueParser.parse("jsParams", RESPOND_PARAMS);

        JsonValue.Obj sdk = runScript("execute-js.mjs", actionEnv("LIT4J_ACTION", RESPOND_ACTION.toString()));
        ExecuteJsResult lit4j = lit.executeJs(
                ExecuteJsRequest.code(Files.readString(RESPOND_ACTION))
                        .jsParams(params)
                        .build(),
                lit4jActionSession().sigs());

        assertResponded(sdk, lit4j);
    }

    @Test
    void theJsSdkAndLit4jRunAnActionByTheIpfsIdTheNetworkPinned() throws Exception {
        JsonValue.Obj pinned =
                (JsonValue.Obj) ((JsonValue.Arr) description.get("actions").orElseThrow())
                        .items()
                        .get(0);
        String ipfsId = string(pinned, "ipfsId");
        assertEquals(IpfsCid.ofContent(Files.readAllBytes(RESPOND_ACTION)).value(), ipfsId);

        JsonValue.Obj sdk = runScript("execute-js.mjs", actionEnv("LIT4J_ACTION_IPFS_ID", ipfsId));
        ExecuteJsResult lit4j = lit.executeJs(
                ExecuteJsRequest.ipfsId(ipfsId)
                        .jsParams((JsonValue.Obj) JsonValueParser.parse("jsParams", RESPOND_PARAMS))
                        .build(),
                lit4jActionSession().sigs());

        assertResponded(sdk, lit4j);
    }

    private static void assertResponded(JsonValue.Obj sdk, ExecuteJsResult lit4j) {
        // without signatures the SDK returns the chosen response as the node's string, unparsed
        assertEquals(new JsonValue.Str(RESPONDED), sdk.get("response").orElseThrow(), sdk.toString());
        assertEquals(JsonValue.Obj.EMPTY, sdk.get("signatures").orElseThrow());
        assertEquals("summing 3 numbers for hello\n", string(sdk, "logs"));
        assertEquals(RESPONDED, lit4j.response());
        assertEquals(Map.of(), lit4j.signatures());
        assertEquals(string(sdk, "logs"), lit4j.logs());
    }

    @Test
    void theJsSdkAndLit4jRunAnAsyncActionThatSignsWithThePkpAndTheSignaturesRecoverToIt() throws Exception {
        Path action = ROOT.resolve("crosscheck/datil/actions/sign-ecdsa.js");
        byte[] digest = Hash.sha3(MESSAGE.getBytes(StandardCharsets.UTF_8));
        // a byte[] parameter is sent as an array of numbers, as the SDK sends a Uint8Array
        JsonValue.Obj params = JavaJson.object(
                "jsParams", Map.of("toSign", digest, "publicKey", string(pkp(), "publicKey"), "sigName", "sig1"));
        JsonValue expected = JsonValueParser.parse("response", "{\"signed\":\"sig1\",\"bytes\":32}");

        JsonValue.Obj sdk = runScript(
                "execute-js.mjs",
                Map.of("LIT4J_ACTION", action.toString(), "LIT4J_JS_PARAMS", JsJson.stringify(params)));
        ExecuteJsResult lit4j = lit.executeJs(
                ExecuteJsRequest.code(Files.readString(action)).jsParams(params).build(),
                lit4jActionSession().sigs());

        // with signatures the SDK parses the response as JSON
        assertEquals(expected, sdk.get("response").orElseThrow(), sdk.toString());
        JsonValue.Obj sdkSig =
                (JsonValue.Obj) ((JsonValue.Obj) sdk.get("signatures").orElseThrow())
                        .get("sig1")
                        .orElseThrow(() -> new AssertionError("the SDK returned no sig1: " + sdk));
        assertEquals(Hex.encode(digest), string(sdkSig, "dataSigned").toLowerCase(Locale.ROOT));
        int recid = (int) ((JsonValue.Num) sdkSig.get("recid").orElseThrow()).value();
        assertEquals(
                string(pkp(), "ethAddress"),
                recover(digest, recid, string(sdkSig, "r"), string(sdkSig, "s")),
                "the SDK's signature recovers to the PKP");

        assertEquals(expected, lit4j.responseJson().orElseThrow());
        PkpSignature signed = lit4j.signatures().get("sig1");
        assertEquals(
                string(pkp(), "ethAddress"),
                recover(digest, signed.recid(), signed.r(), signed.s()),
                "Lit4j's signature recovers to the PKP");
    }

    @Test
    void aCiphertextOfTheJsSdkDecryptsWithLit4j() throws Exception {
        JsonValue.Obj sdk = encryptDecrypt().result();
        EncryptedData fromJs = EncryptedData.fromJson(JsJson.stringify(JsonValue.Obj.builder()
                .put("ciphertext", sdk.get("ciphertext").orElseThrow())
                .put("dataToEncryptHash", sdk.get("dataToEncryptHash").orElseThrow())
                .build()));

        byte[] plaintext = lit.decrypt(fromJs, conditions(), "ethereum", decryptionSessionSigs(walletKey, fromJs));

        assertEquals(
                Hex.encode(sha256(JS_PLAINTEXT)), fromJs.dataToEncryptHash().hex());
        assertArrayEquals(JS_PLAINTEXT.getBytes(StandardCharsets.UTF_8), plaintext);
    }

    @Test
    void aCiphertextOfLit4jDecryptsWithTheJsSdk() throws Exception {
        assertEquals(LIT4J_PLAINTEXT, string(encryptDecrypt().result(), "decryptedFromLit4j"));
    }

    @Test
    void aWalletThatDoesNotMeetTheConditionIsRefusedByTheNodesAsTheSdkAndLit4jReportIt() throws Exception {
        ECKeyPair stranger = walletKey();
        String notPermitted = "The access control condition check returned that you are not permitted to access"
                + " this content.  Are you sure you meet the conditions?  Check the auth_sig and the other"
                + " conditions";

        JsSdkProject.Run run = runScript("encrypt-decrypt.mjs", stranger, encryptionEnv());
        EncryptedData data = lit4jEncrypted();
        NodeException refused = assertThrows(
                NodeException.class,
                () -> lit.decrypt(data, conditions(), "ethereum", decryptionSessionSigs(stranger, data)));

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(new JsonValue.Bool(false), run.result().get("ok").orElseThrow());
        assertEquals("NodeError", string(run.result(), "name"));
        assertEquals("node_error", string(run.result(), "code"));
        assertEquals(
                "NodeAccessControlConditionsReturnedNotAuthorized",
                string(run.result(), "errorCode"),
                run.result().toString());
        // the node's error body as the SDK quotes it; only the correlation id differs from run to run
        String nodeBody = "{\"success\":false,\"error\":{\"correlationId\":\"lit_ID\",\"details\":[\"" + notPermitted
                + "\"],\"errorCode\":\"NodeAccessControlConditionsReturnedNotAuthorized\",\"errorKind\":\"Validation\","
                + "\"message\":\"" + notPermitted + "\",\"status\":401}}";
        assertEquals(
                "There was an error getting the signing shares from the nodes. Response from the nodes: " + nodeBody
                        + ": [object Object]",
                string(run.result(), "error")
                        .replaceFirst("\"correlationId\":\"lit_[0-9a-f]+\"", "\"correlationId\":\"lit_ID\""));
        // Lit4j stops waiting once too few nodes are left to reach the threshold: 2 of 3 refusals are enough
        assertTrue(
                refused.getMessage().startsWith("decrypt: 0 of 3 nodes returned a valid share, 2 are needed"),
                refused.getMessage());
        assertTrue(refused.failures().size() >= 2, refused.getMessage());
        for (NodeFailure failure : refused.failures()) {
            assertEquals(401, failure.httpStatus(), failure.toString());
            assertEquals("NodeAccessControlConditionsReturnedNotAuthorized", failure.errorCode());
            assertEquals(notPermitted, failure.message());
        }
    }

    /** What the JS SDK made and decrypted in one run of encrypt-decrypt.mjs by the PKP's owner; run once. */
    private JsSdkProject.Run encryptDecrypt() throws IOException, InterruptedException {
        if (encryptDecrypt == null) {
            JsSdkProject.Run run = runScript("encrypt-decrypt.mjs", walletKey, encryptionEnv());
            assertEquals(0, run.exitCode(), "encrypt-decrypt.mjs failed: " + run.result() + "\n" + run.err());
            encryptDecrypt = run;
        }
        return encryptDecrypt;
    }

    /** encrypt-decrypt.mjs's inputs: the conditions, the SDK's plaintext and Lit4j's ciphertext. */
    private Map<String, String> encryptionEnv() {
        EncryptedData fromLit4j = lit4jEncrypted();
        return Map.of(
                "LIT4J_CONDITIONS",
                conditionsJson(),
                "LIT4J_JS_PLAINTEXT",
                JS_PLAINTEXT,
                "LIT4J_CIPHERTEXT",
                fromLit4j.ciphertext().base64(),
                "LIT4J_DATA_HASH",
                fromLit4j.dataToEncryptHash().hex());
    }

    private EncryptedData lit4jEncrypted() {
        if (lit4jEncrypted == null) {
            lit4jEncrypted = lit.encrypt(conditions(), LIT4J_PLAINTEXT.getBytes(StandardCharsets.UTF_8));
        }
        return lit4jEncrypted;
    }

    private AccessControlConditions conditions() {
        return AccessControlConditions.fromJson("conditions", conditionsJson());
    }

    /** Only the PKP's owner, the test wallet, may decrypt: accessControlConditions, as the SDK takes them. */
    private String conditionsJson() {
        return "[{\"contractAddress\":\"\",\"standardContractType\":"
                + "\"\",\"chain\":\"ethereum\",\"method\":\"\",\"parameters\":[\":userAddress\"],"
                + "\"returnValueTest\":{\"comparator\":\"=\",\"value\":\"" + wallet + "\"}}]";
    }

    private SessionSigs decryptionSessionSigs(ECKeyPair key, EncryptedData data) {
        return lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(
                                conditions().resource(data.dataToEncryptHash()),
                                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)
                        .build(),
                lit.wallet(PrivateKeyWalletSigner.of(key)));
    }

    /** execute-js.mjs's inputs for respond.js: the action ({@code variable}: its file or IPFS id) and its params. */
    private static Map<String, String> actionEnv(String variable, String action) {
        return Map.of(variable, action, "LIT4J_JS_PARAMS", RESPOND_PARAMS);
    }

    /** The checksummed address the signature (r, s in hex) over {@code digest} recovers to, by web3j. */
    private static String recover(byte[] digest, int recid, String r, String s) {
        BigInteger key = Sign.recoverFromSignature(
                recid, new ECDSASignature(new BigInteger(r, 16), new BigInteger(s, 16)), digest);
        return Keys.toChecksumAddress(Keys.getAddress(key));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private JsonValue.Obj runScript(String script) throws IOException, InterruptedException {
        return runScript(script, Map.of());
    }

    /** Runs {@code script} as the test wallet with {@code extraEnv} and returns its result, which must be ok. */
    private JsonValue.Obj runScript(String script, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        JsSdkProject.Run run = runScript(script, walletKey, extraEnv);
        assertEquals(0, run.exitCode(), script + " failed: " + run.result() + "\n" + run.err());
        assertEquals(
                new JsonValue.Bool(true),
                run.result().get("ok").orElseThrow(),
                run.result().toString());
        return run.result();
    }

    private JsSdkProject.Run runScript(String script, ECKeyPair key) throws IOException, InterruptedException {
        return runScript(script, key, Map.of());
    }

    /**
     * Runs {@code script} with the wallet {@code key}, the network's rpcUrl and PKP, and {@code extraEnv} (the
     * script's own inputs, e.g. LIT4J_CONDITIONS).
     */
    private JsSdkProject.Run runScript(String script, ECKeyPair key, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("LIT4J_RPC_URL", string(description, "rpcUrl"));
        env.put("LIT4J_WALLET_KEY", Hex.encode0x(Numeric.toBytesPadded(key.getPrivateKey(), 32)));
        env.put("LIT4J_PKP_PUBLIC_KEY", string(pkp(), "publicKey"));
        return PROJECT.run(script, env, workDir.resolve(script + "-" + (++scriptRuns) + ".err"));
    }

    private JsonValue.Obj pkp() {
        JsonValue.Obj pkp = (JsonValue.Obj)
                ((JsonValue.Arr) description.get("pkps").orElseThrow()).items().get(0);
        assertEquals(new JsonValue.Str(wallet), pkp.get("owner").orElseThrow());
        return pkp;
    }
}
