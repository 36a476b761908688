package dev.lit4j.cli;

import static dev.lit4j.cli.JsSdkProject.sorted;
import static dev.lit4j.cli.JsSdkProject.string;
import static dev.lit4j.cli.JsSdkProject.strings;
import static dev.lit4j.cli.JsSdkProject.walletKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodePrices;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * The independent Naga cross-check: the real Lit JS SDK 8 ({@code crosscheck/naga}, run with Node.js) against
 * {@code lit4j network start --protocol naga --nodes 5} run as a process, connecting as the SDK's own local Naga
 * network ({@code nagaLocal.withLocalContext}: a networkContext.json with the printed {@code nagaContracts}, the
 * local Staking and PriceFeed addresses, and the printed {@code rpcUrl}); and Lit4j's {@link NagaNodeTransport} against the same process,
 * with the same results.
 *
 * <p>Needs Node.js 18 or newer and npm; runs {@code npm ci} in {@code crosscheck/naga} when stale
 * ({@link JsSdkProject}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsSdkNagaCrossCheckIT {
    private static final Path ROOT = Path.of(System.getProperty("lit4j.root"));
    private static final JsSdkProject PROJECT = new JsSdkProject(ROOT, "naga");
    /** What pkp-sign.mjs signs on the ethereum chain, and so the keccak-256 the SDK signs. */
    private static final String MESSAGE = "lit4j cross-check";
    /** The action execute-js.mjs runs first; the caller's jsParams arrive as jsParams.* on Naga. */
    private static final String ACTION =
            "Lit.Actions.setResponse({ response: JSON.stringify({ x: jsParams.x," + " doubled: jsParams.x * 2 }) });";

    private final ECKeyPair walletKey = walletKey();
    private final String wallet = Keys.toChecksumAddress(Keys.getAddress(walletKey));
    /** Only the wallet may decrypt: an EVM basic condition on {@code :userAddress}. */
    private final String conditionsJson = "[{\"contractAddress\":\"\",\"standardContractType\":\"\",\"chain\":"
            + "\"ethereum\",\"method\":\"\",\"parameters\":[\":userAddress\"],\"returnValueTest\":{\"comparator\":"
            + "\"=\",\"value\":\"" + wallet + "\"}}]";

    private final AccessControlConditions conditions = AccessControlConditions.fromJson("conditions", conditionsJson);
    private Path workDir;
    private JsSdkProject.Network network;
    private JsonValue.Obj description;
    private NagaNodeTransport transport;
    private Lit4j lit;

    @BeforeAll
    void startTheNetworkAndInstallTheSdk() throws Exception {
        JsSdkProject.requireNode();
        workDir = Files.createTempDirectory("lit4j-crosscheck-naga");
        CompletableFuture<Void> install = CompletableFuture.runAsync(PROJECT::npmCiIfStale);
        network = JsSdkProject.startNetwork(
                ROOT, workDir, List.of("--protocol", "naga", "--nodes", "5", "--mint-pkp-for", wallet));
        description = network.description();
        List<String> nodeUrls = strings(description.get("nodeUrls").orElseThrow());
        NodeTransportConfig config = NodeTransportConfig.custom(nodeUrls)
                .protocol(NodeProtocol.NAGA)
                .threshold(number(description, "threshold"))
                .build();
        transport = new NagaNodeTransport(config, HttpNodeTransport.defaultHttpClient(config), printedPrices(nodeUrls));
        lit = Lit4j.builder().nodes(transport).store(new InMemorySessionStore()).build();
        install.join();
    }

    @AfterAll
    void stopTheNetwork() throws Exception {
        JsSdkProject.stop(lit, network);
    }

    @Test
    void theSdkReadsTheNodesThresholdEpochAndPricesFromTheLocalChain() throws Exception {
        JsonValue.Obj result = runScript("connect.mjs");

        List<String> nodeUrls = sorted(strings(description.get("nodeUrls").orElseThrow()));
        assertEquals(nodeUrls, strings(result.get("bootstrapUrls").orElseThrow()), "from the Naga Staking view");
        assertEquals(nodeUrls, strings(result.get("connectedNodes").orElseThrow()), "every node shook hands");
        assertEquals(3, number(result, "minNodeCount"));
        assertEquals(3, number(result, "threshold"), "max(3, floor(2 * 5 / 3))");
        assertEquals(1, number(result, "epoch"));
        assertTrue(string(result, "latestBlockhash").matches("0x[0-9a-f]{64}"), "from the local block indexer");
        for (JsonValue node : ((JsonValue.Arr) result.get("prices").orElseThrow()).items()) {
            List<String> prices = strings(((JsonValue.Obj) node).get("prices").orElseThrow());
            for (NagaProduct product : NagaProduct.values()) {
                assertEquals(
                        printedPrice(product).toString(),
                        prices.get(product.id()),
                        "the PriceFeed's " + product + " price");
            }
        }
    }

    @Test
    void theSdkAndLit4jSignWithThePkpAndBothRecoverToIt() throws Exception {
        JsonValue.Obj result = runScript("pkp-sign.mjs");
        byte[] digest = Hash.sha3(MESSAGE.getBytes(StandardCharsets.UTF_8));

        assertEquals(Hex.encode0x(digest), string(result, "digest"));
        assertEquals(Hex.encode0x(digest), string(result, "signedData"));
        assertEquals(pkpAddress(), string(result, "recovered"), "viem recovered the PKP's address");

        PkpSignature signed = lit.pkpSign(new PkpSignRequest(DataToSign.ofDigest(digest), pkp(), lit4jPkpSession()));
        assertEquals(pkpAddress(), signed.signature().recoverAddress(digest).checksummed());
    }

    @Test
    void theSdkAndLit4jRunTheSameActionWithTheSameResponse() throws Exception {
        JsonValue.Obj result = runScript("execute-js.mjs");

        assertEquals("{\"x\":21,\"doubled\":42}", string(result, "response"));
        assertEquals("signed 21", string(result, "signedResponse"));
        assertEquals(
                Hex.encode0x(Hash.sha3("lit4j cross-check 21".getBytes(StandardCharsets.UTF_8))),
                string(result, "digest"));
        assertEquals(pkpAddress(), string(result, "recovered"), "the action's signEcdsa, combined by the SDK");

        ExecuteJsResult lit4j = lit.executeJs(
                ExecuteJsRequest.code(ACTION).jsParams(Map.of("x", 21)).build(), lit4jPkpSession());
        assertEquals(string(result, "response"), lit4j.response());
    }

    @Test
    void theSdkAndLit4jDecryptEachOthersCiphertexts() throws Exception {
        byte[] secret = "from lit4j".getBytes(StandardCharsets.UTF_8);
        EncryptedData fromLit4j = lit.encrypt(conditions, secret);
        Map<String, String> env = new HashMap<>(env(walletKey));
        env.put("LIT4J_CIPHERTEXT", fromLit4j.ciphertext().base64());
        env.put("LIT4J_DATA_HASH", fromLit4j.dataToEncryptHash().hex());

        JsonValue.Obj result = runScript("decrypt.mjs", env);

        assertEquals("from the js sdk", string(result, "decryptedOwn"));
        assertEquals("from lit4j", string(result, "decryptedFromLit4j"));
        EncryptedData fromJs = EncryptedData.fromJson("{\"ciphertext\":\"" + string(result, "ciphertext")
                + "\",\"dataToEncryptHash\":\"" + string(result, "dataToEncryptHash") + "\"}");
        assertEquals(DataHash.of("from the js sdk".getBytes(StandardCharsets.UTF_8)), fromJs.dataToEncryptHash());
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(
                                conditions.resource(fromJs.dataToEncryptHash()),
                                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)
                        .build(),
                lit.wallet(PrivateKeyWalletSigner.of(walletKey)));
        assertArrayEquals(
                "from the js sdk".getBytes(StandardCharsets.UTF_8), lit.decrypt(fromJs, conditions, "ethereum", sigs));
    }

    @Test
    void aMaxPriceBelowThePriceFeedsIsTheSdksMaxPriceTooLow() throws Exception {
        JsSdkProject.Run run = PROJECT.run("max-price.mjs", env(walletKey), workDir.resolve("max-price.err"));

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(new JsonValue.Bool(false), run.result().get("ok").orElseThrow());
        assertEquals("MaxPriceTooLow", string(run.result(), "name"));
        assertEquals("max_price_too_low", string(run.result(), "code"));
        BigInteger cheapestThreshold = printedPrice(NagaProduct.SIGN).multiply(BigInteger.valueOf(3));
        assertEquals(
                "Max price is too low: Minimum required price is " + cheapestThreshold + ", got 1.",
                string(run.result(), "error"));
    }

    @Test
    void aSessionSigBelowTheNodesPriceIsRefusedByTheNodesWithPaymentFailedAsTheSdkReadsIt() throws Exception {
        JsSdkProject.Run run = PROJECT.run("below-node-price.mjs", env(walletKey), workDir.resolve("below.err"));

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("NodeError", string(run.result(), "name"));
        assertEquals("node_error", string(run.result(), "code"));
        String error = string(run.result(), "error");
        assertTrue(error.contains("error getting dynamic payment"), error);
        assertTrue(
                error.contains("\"details\":[\"max_price: 1 is less than the endpoint price:  "
                        + printedPrice(NagaProduct.LIT_ACTION) + "\"],\"errorCode\":\"PaymentFailed\""),
                error);
        assertTrue(error.contains("\"status\":402"), error);
    }

    private SessionSigs lit4jPkpSession() {
        Instant now = Instant.now();
        return lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                        .build(),
                lit.pkp(
                        pkp(),
                        List.of(EthWalletAuthMethods.authenticate(
                                PrivateKeyWalletSigner.of(walletKey),
                                transport.latestBlockhash(),
                                now,
                                now.plus(Duration.ofMinutes(10))))));
    }

    private JsonValue.Obj runScript(String script) throws IOException, InterruptedException {
        return runScript(script, env(walletKey));
    }

    private JsonValue.Obj runScript(String script, Map<String, String> env) throws IOException, InterruptedException {
        JsSdkProject.Run run = PROJECT.run(script, env, workDir.resolve(script + ".err"));
        assertEquals(0, run.exitCode(), script + " failed: " + run.result() + "\n" + run.err());
        assertEquals(
                new JsonValue.Bool(true),
                run.result().get("ok").orElseThrow(),
                run.result().toString());
        return run.result();
    }

    private Map<String, String> env(ECKeyPair key) {
        return Map.of(
                "LIT4J_RPC_URL", string(description, "rpcUrl"),
                "LIT4J_NAGA_STAKING", string(nagaContracts(), "Staking"),
                "LIT4J_NAGA_PRICE_FEED", string(nagaContracts(), "PriceFeed"),
                "LIT4J_WALLET_KEY", Hex.encode0x(Numeric.toBytesPadded(key.getPrivateKey(), 32)),
                "LIT4J_PKP_PUBLIC_KEY", string(pkpJson(), "publicKey"),
                "LIT4J_CONDITIONS", conditionsJson,
                "LIT4J_JS_PLAINTEXT", "from the js sdk");
    }

    private JsonValue.Obj nagaContracts() {
        return (JsonValue.Obj) description.get("nagaContracts").orElseThrow();
    }

    // the prices network start printed, as Lit4j's NodePrices port shows them for every node
    private NodePrices printedPrices(List<String> nodeUrls) {
        return product -> nodeUrls.stream()
                .map(url -> new NodePrice(url, printedPrice(product)))
                .toList();
    }

    private BigInteger printedPrice(NagaProduct product) {
        for (JsonValue item : ((JsonValue.Arr) description.get("prices").orElseThrow()).items()) {
            JsonValue.Obj price = (JsonValue.Obj) item;
            if (number(price, "productId") == product.id()) {
                return new BigInteger(string(price, "price"));
            }
        }
        throw new AssertionError("network start printed no price for " + product + ": " + description);
    }

    private JsonValue.Obj pkpJson() {
        JsonValue.Obj pkp = (JsonValue.Obj)
                ((JsonValue.Arr) description.get("pkps").orElseThrow()).items().get(0);
        assertEquals(new JsonValue.Str(wallet), pkp.get("owner").orElseThrow());
        return pkp;
    }

    private PkpPublicKey pkp() {
        return PkpPublicKey.parse("pkps[0].publicKey", string(pkpJson(), "publicKey"));
    }

    private String pkpAddress() {
        return string(pkpJson(), "ethAddress");
    }

    private static int number(JsonValue.Obj object, String key) {
        return (int) ((JsonValue.Num) object.get(key).orElseThrow()).value();
    }
}
