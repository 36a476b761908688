package dev.lit4j.adapters.node.naga;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeConnection;
import dev.lit4j.adapters.node.NodeHttpClient;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.PriceFeedNodePrices;
import dev.lit4j.adapters.node.internal.ActionFailures;
import dev.lit4j.adapters.node.internal.EcdsaShareQuorum;
import dev.lit4j.adapters.node.internal.FanOut;
import dev.lit4j.adapters.node.internal.HandshakeAnswer;
import dev.lit4j.adapters.node.internal.HandshakeConsensus;
import dev.lit4j.adapters.node.internal.HandshakeReplies;
import dev.lit4j.adapters.node.internal.LazyConnection;
import dev.lit4j.adapters.node.internal.NodeFailures;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.adapters.node.internal.SessionShareCheck;
import dev.lit4j.adapters.node.internal.ShareQuorum;
import dev.lit4j.adapters.node.internal.SignedShare;
import dev.lit4j.adapters.node.naga.internal.NagaBlsShareAnswer;
import dev.lit4j.adapters.node.naga.internal.NagaDecryptionBody;
import dev.lit4j.adapters.node.naga.internal.NagaEcdsaShareAnswer;
import dev.lit4j.adapters.node.naga.internal.NagaExecuteJsAnswer;
import dev.lit4j.adapters.node.naga.internal.NagaExecuteJsBody;
import dev.lit4j.adapters.node.naga.internal.NagaHandshakeAnswer;
import dev.lit4j.adapters.node.naga.internal.NagaNode;
import dev.lit4j.adapters.node.naga.internal.NagaPkpSignBody;
import dev.lit4j.adapters.node.naga.internal.NagaReplies;
import dev.lit4j.adapters.node.naga.internal.NagaRequestId;
import dev.lit4j.adapters.node.naga.internal.NagaSignSessionKeyBody;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.BoxKeyPair;
import dev.lit4j.domain.naga.NagaEnvelope;
import dev.lit4j.domain.naga.NagaNodeChoice;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.NodePrices;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@link NodeTransport} of the Naga wire (lit-peer, JS SDK 8; operations spec §5) over HTTP, sharing the
 * fan-out, retries, threshold waiting and failure reports of {@link HttpNodeTransport}.
 *
 * <ul>
 *   <li><b>Connect</b> (on first use, and again when the block hash is stale): a plain-JSON handshake
 *       ({@code /web/handshake/}) with every node; each answer is wrapped in {@code {ok, error, errorObject, data}}
 *       and states the node's E2EE {@code nodeIdentityKey} and {@code epoch}. The nodes that agree on the network
 *       keys form the network if they reach the threshold, max(3, floor(2n/3)) unless configured; failed nodes are
 *       left out and reported. Every connect makes a fresh X25519 key pair per node.</li>
 *   <li><b>Requests</b>: every {@code /v2} body is sealed to the node's identity key with that node's key pair, and
 *       the reply is opened only if the node's identity key sealed it. All nodes of one operation share one
 *       {@code X-Request-Id} of the form {@code lit_<ms>_<base36>}; {@code X-Lit-SDK-Version} is the configured
 *       {@code <version>-<network>}. Requests go to a threshold of nodes only, and {@code nodeSet} names exactly
 *       them.</li>
 *   <li><b>Failures</b>: a node's encrypted error answer is opened and reported with its short error and its
 *       {@code PublicError} ({@code errorCode}, message, details), escaped and bounded; a plain {@code can't
 *       decrypt} answer is reported as such.</li>
 * </ul>
 *
 * <p>Thread-safe: concurrent first calls share one connect.
 */
public final class NagaNodeTransport implements NodeTransport {
    /** The Naga PKP signing path. */
    static final String PKP_SIGN_PATH = "/web/pkp/sign/v2";
    /** The Naga session-key signing path. */
    static final String SIGN_SESSION_KEY_PATH = "/web/sign_session_key/v2";
    /** The Naga Lit Action path. */
    static final String EXECUTE_PATH = "/web/execute/v2";
    /** The Naga decryption path. */
    static final String ENCRYPTION_SIGN_PATH = "/web/encryption/sign/v2";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NodeTransportConfig config;
    private final NodeHttp http;
    private final @Nullable NodePrices prices;
    private final LazyConnection<Connection> connection = new LazyConnection<>();

    /**
     * A transport that uses {@code client} for every call, pricing the nodes by the config's
     * {@linkplain NodeTransportConfig#priceFeed() PriceFeed contract} if it names one, else alike.
     *
     * @param client the HTTP client; it should not follow redirects
     * @throws InvalidInputException if {@code config} is not for a network that speaks {@link NodeProtocol#NAGA}
     */
    @Inject
    public NagaNodeTransport(NodeTransportConfig config, @NodeHttpClient HttpClient client) {
        this(config, client, priceFeedOf(config));
    }

    /**
     * A transport that chooses nodes by {@code prices} (operations spec §5.4): each request goes to the cheapest
     * threshold of nodes for its product, and each node's session sig carries what the transport grants it.
     *
     * @param prices the nodes' prices, e.g. read from the PriceFeed contract; null to price every node alike
     *     (a custom network whose prices the client is not told), so that the first nodes to answer the
     *     handshake are asked and each is granted an equal part of the default maximum, 2¹²⁸ − 1
     * @throws InvalidInputException if {@code config} is not for a network that speaks {@link NodeProtocol#NAGA}
     */
    public NagaNodeTransport(NodeTransportConfig config, HttpClient client, @Nullable NodePrices prices) {
        this.prices = prices;
        this.config = InvalidInputException.requireNonNull("config", config);
        InvalidInputException.requireNonNull("client", client);
        if (config.protocol() != NodeProtocol.NAGA) {
            throw new InvalidInputException(
                    "config.protocol",
                    "NagaNodeTransport speaks the Naga protocol, and this" + " network speaks " + config.protocol()
                            + "; use NodeTransports.create(config)");
        }
        this.http = new NodeHttp(client, config.retryPolicy(), config.sdkVersion());
    }

    private static @Nullable NodePrices priceFeedOf(NodeTransportConfig config) {
        return config == null
                ? null
                : config.priceFeed()
                        .<NodePrices>map(feed -> new PriceFeedNodePrices(config, feed))
                        .orElse(null);
    }

    /** A transport with its own HTTP client ({@link HttpNodeTransport#defaultHttpClient}). Connects on first use. */
    public static NagaNodeTransport create(NodeTransportConfig config) {
        return new NagaNodeTransport(config, HttpNodeTransport.defaultHttpClient(config));
    }

    @Override
    public ConnectedNetwork network() {
        return current().view().network();
    }

    /**
     * The current connection, connecting first if needed: the network, its epoch and the nodes left out.
     *
     * @throws NodeException as {@link #network()}
     */
    public NodeConnection connection() {
        return current().view();
    }

    /** The block hash of the last handshake, handshaking again once it is older than the configured maximum age. */
    @Override
    public String latestBlockhash() {
        return connection
                .get(
                        known -> Duration.between(
                                                known.view().connectedAt(),
                                                config.clock().instant())
                                        .compareTo(config.blockhashMaxAge())
                                < 0,
                        known -> connect())
                .blockhash();
    }

    /**
     * Signs 32 bytes with a PKP ({@code POST /web/pkp/sign/v2}, operations spec §5.7): a threshold of nodes, each
     * with its own session sig, {@code signingScheme} {@code EcdsaK256Sha256} and {@code nodeSet} naming exactly
     * them; the bytes are sent as given (they are the digest the scheme signs). Returns as soon as their shares
     * combine to a signature that recovers to the PKP's key.
     */
    @Override
    public PkpSignature pkpSign(PkpSignRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        List<NagaNode> chosen = chosen(current, NagaProduct.SIGN);
        Map<String, String> plaintexts = new LinkedHashMap<>();
        for (NagaNode node : chosen) {
            plaintexts.put(
                    node.url(),
                    NagaPkpSignBody.write(request, request.sessionSigFor(node.url()), chosen, current.epoch()));
        }
        int threshold = chosen.size();
        EcdsaShareQuorum quorum = new EcdsaShareQuorum(threshold, request);
        List<NodeFailure> failures = new ArrayList<>();
        FanOut fanOut = sealedFanOut(current, plaintexts, PKP_SIGN_PATH, NodeHttp.Repeat.ONLY_IF_NOT_SENT);
        return fanOut.firstResult(quorum::largestGroup, threshold, reply -> {
                    NagaNode node = current.node(reply.nodeUrl());
                    return NagaReplies.open(reply, node, failures)
                            .flatMap(data -> NodeFailures.read(
                                    node.url(),
                                    () -> quorum.offer(NagaEcdsaShareAnswer.parse(node.url(), data, request)),
                                    failures));
                })
                .orElseThrow(() -> {
                    List<NodeFailure> all = new ArrayList<>(failures);
                    all.addAll(quorum.unusedShares());
                    String notAwaited =
                            fanOut.accountForPending(quorum.largestGroup(), threshold, config.requestTimeout(), all);
                    return new NodeException(
                            "pkpSign: " + quorum.validShares() + " of the " + threshold + " nodes asked"
                                    + " returned a valid share; all " + threshold
                                    + " must, and their shares must combine to a"
                                    + " signature that recovers to the PKP's key" + notAwaited
                                    + (all.isEmpty() ? "" : "; the others: " + NodeFailures.describe(all)),
                            all);
                });
    }

    /**
     * For each connected node, the most it is granted for any product: its price plus an equal part of what the
     * default maximum leaves over the cheapest threshold of nodes for that product ({@link NagaNodeChoice}).
     */
    @Override
    public List<NodePrice> sessionMaxPrices() {
        Connection current = current();
        Map<String, BigInteger> granted = new LinkedHashMap<>();
        current.nodes().forEach(node -> granted.put(node.url(), BigInteger.ZERO));
        for (NagaProduct product : NagaProduct.values()) {
            List<NodePrice> priced = priced(current, product);
            NodePrice first = NagaNodeChoice.choose(
                            priced,
                            NagaNodeChoice.DEFAULT_USER_MAX_PRICE,
                            current.view().network().threshold())
                    .get(0);
            BigInteger share = first.price().subtract(priceOf(priced, first.nodeUrl()));
            priced.forEach(node -> granted.merge(node.nodeUrl(), node.price().add(share), BigInteger::max));
        }
        return granted.entrySet().stream()
                .map(entry -> new NodePrice(entry.getKey(), entry.getValue()))
                .toList();
    }

    /**
     * Has the nodes sign a PKP session key ({@code POST /web/sign_session_key/v2}, node spec §3): the cheapest
     * threshold of nodes, each with {@code nodeSet} and the {@code maxPrice} granted it; their Naga-format shares
     * must combine to a signature valid under the network key, from which the {@code lit.bls} AuthSig is built as
     * on Datil.
     */
    @Override
    public AuthSig signSessionKey(SignSessionKeyRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        ConnectedNetwork network = current.view().network();
        List<NodePrice> granted = granted(current, NagaProduct.SIGN_SESSION_KEY);
        List<NagaNode> chosen =
                granted.stream().map(price -> current.node(price.nodeUrl())).toList();
        Map<String, String> plaintexts = new LinkedHashMap<>();
        for (NodePrice price : granted) {
            plaintexts.put(
                    price.nodeUrl(), NagaSignSessionKeyBody.write(request, current.epoch(), chosen, price.price()));
        }
        EthAddress pkpAddress = request.pkpPublicKey().ethAddress();
        SessionShareCheck.Expected expected = new SessionShareCheck.Expected(
                network.networkPublicKey(), request.sessionKey().uri(), pkpAddress);
        ShareQuorum.Combined combined = combine(
                "signSessionKey",
                current,
                plaintexts,
                SIGN_SESSION_KEY_PATH,
                new ShareQuorum(chosen.size(), network.networkPublicKey()),
                (url, data) -> NagaBlsShareAnswer.sessionKey(url, data, expected));
        return combined.pkpAuthSig(pkpAddress);
    }

    /**
     * Has the nodes sign the identity of encrypted data ({@code POST /web/encryption/sign/v2}, operations spec
     * §5.9): the cheapest threshold of nodes, each with its own session sig; their Naga-format shares must combine
     * to a signature over the identity valid under the network key.
     *
     * @throws InvalidInputException if the session sigs have no entry for a chosen node (nothing is sent then)
     */
    @Override
    public BlsSignature decryptionSignature(DecryptionRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        Map<String, String> plaintexts = new LinkedHashMap<>();
        for (NagaNode node : chosen(current, NagaProduct.DECRYPTION)) {
            plaintexts.put(node.url(), NagaDecryptionBody.write(request, request.sessionSigFor(node.url())));
        }
        String identity = request.resource().key();
        return combine(
                        "decrypt",
                        current,
                        plaintexts,
                        ENCRYPTION_SIGN_PATH,
                        new ShareQuorum(
                                plaintexts.size(), current.view().network().networkPublicKey(), "identity"),
                        (url, data) -> NagaBlsShareAnswer.decryption(url, data, identity))
                .signature();
    }

    /**
     * Runs a Lit Action ({@code POST /web/execute/v2}, operations spec §5.8) on the cheapest threshold of nodes,
     * each with its own session sig, {@code nodeSet} and the parameters wrapped as the JS SDK 8 wraps them, and
     * waits for all of them. The request's own node list is not used: as in the JS SDK 8, a Naga request goes to the
     * chosen nodes (a single-node request too).
     *
     * @throws InvalidInputException if the session sigs have no entry for a chosen node (nothing is sent then)
     * @throws NodeException if a node failed or did not answer in time, naming every such node and why
     */
    @Override
    public List<ExecuteJsAnswer> executeJs(ExecuteJsNodeRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        List<NagaNode> chosen = chosen(current, NagaProduct.LIT_ACTION);
        Map<String, String> plaintexts = new LinkedHashMap<>();
        for (NagaNode node : chosen) {
            plaintexts.put(
                    node.url(), NagaExecuteJsBody.write(request.request(), request.sessionSigFor(node.url()), chosen));
        }
        FanOut fanOut = sealedFanOut(current, plaintexts, EXECUTE_PATH, NodeHttp.Repeat.ONLY_IF_NOT_SENT);
        List<ExecuteJsAnswer> answers = new ArrayList<>();
        List<NodeFailure> failures = new ArrayList<>();
        List<ActionFailures.Reported> actionFailures = new ArrayList<>();
        try {
            for (Optional<NodeReply> reply = fanOut.next(); reply.isPresent(); reply = fanOut.next()) {
                NagaNode node = current.node(reply.get().nodeUrl());
                NagaReplies.open(reply.get(), node, failures, actionFailures)
                        .flatMap(data -> NodeFailures.read(
                                node.url(), () -> Optional.of(NagaExecuteJsAnswer.parse(node.url(), data)), failures))
                        .ifPresent(answers::add);
            }
            fanOut.pendingUrls()
                    .forEach(url -> failures.add(NodeFailure.of(
                            url,
                            NodeFailure.Kind.TIMEOUT,
                            "no answer within " + config.requestTimeout().toMillis() + " ms")));
        } finally {
            fanOut.abandon();
        }
        if (!failures.isEmpty()) {
            throw ActionFailures.failed(
                    "executeJs of Lit Action " + request.request().cid() + ": " + failures.size() + " of the "
                            + chosen.size() + " nodes asked failed (" + answers.size() + " succeeded, all are needed): "
                            + NodeFailures.describe(failures),
                    request.request().cid().value(),
                    failures,
                    actionFailures);
        }
        return answers;
    }

    /**
     * Sends the sealed requests and combines the nodes' BLS shares as they arrive; every node asked must give one.
     *
     * @throws NodeException naming every node that failed and why, if they do not combine
     */
    private ShareQuorum.Combined combine(
            String operation,
            Connection current,
            Map<String, String> plaintexts,
            String path,
            ShareQuorum quorum,
            BiFunction<String, String, SignedShare> parse) {
        int threshold = plaintexts.size();
        List<NodeFailure> failures = new ArrayList<>();
        FanOut fanOut = sealedFanOut(current, plaintexts, path, NodeHttp.Repeat.ONLY_IF_NOT_SENT);
        return fanOut.firstResult(quorum::largestGroup, threshold, reply -> {
                    NagaNode node = current.node(reply.nodeUrl());
                    return NagaReplies.open(reply, node, failures)
                            .flatMap(data -> NodeFailures.read(
                                    node.url(), () -> quorum.offer(parse.apply(node.url(), data)), failures));
                })
                .orElseThrow(() -> {
                    List<NodeFailure> all = new ArrayList<>(failures);
                    all.addAll(quorum.unusedShares());
                    String notAwaited =
                            fanOut.accountForPending(quorum.largestGroup(), threshold, config.requestTimeout(), all);
                    return new NodeException(
                            operation + ": " + quorum.validShares() + " of the " + threshold + " nodes asked"
                                    + " returned a valid share; all " + threshold
                                    + " must, and their shares must combine to a"
                                    + " signature valid under the network key" + notAwaited
                                    + (all.isEmpty() ? "" : "; the others: " + NodeFailures.describe(all)),
                            all);
                });
    }

    /** The cheapest threshold of connected nodes for {@code product}. */
    private List<NagaNode> chosen(Connection current, NagaProduct product) {
        return granted(current, product).stream()
                .map(price -> current.node(price.nodeUrl()))
                .toList();
    }

    /** The cheapest threshold of connected nodes for {@code product}, each with the {@code maxPrice} granted it. */
    private List<NodePrice> granted(Connection current, NagaProduct product) {
        return NagaNodeChoice.choose(
                priced(current, product),
                NagaNodeChoice.DEFAULT_USER_MAX_PRICE,
                current.view().network().threshold());
    }

    /** The connected nodes' prices for {@code product}, in the feed's order; all 0 without a price source. */
    private List<NodePrice> priced(Connection current, NagaProduct product) {
        if (prices == null) {
            return current.nodes().stream()
                    .map(node -> new NodePrice(node.url(), BigInteger.ZERO))
                    .toList();
        }
        List<String> connected = current.view().network().nodeUrls();
        return prices.prices(product).stream()
                .filter(price -> connected.contains(price.nodeUrl()))
                .toList();
    }

    private static BigInteger priceOf(List<NodePrice> priced, String nodeUrl) {
        return priced.stream()
                .filter(price -> price.nodeUrl().equals(nodeUrl))
                .findFirst()
                .orElseThrow()
                .price();
    }

    /** Seals each node's plaintext to it and sends them all with one Naga {@code X-Request-Id}. */
    private FanOut sealedFanOut(
            Connection current, Map<String, String> plaintexts, String path, NodeHttp.Repeat repeat) {
        Instant now = config.clock().instant();
        Map<String, String> bodies = new LinkedHashMap<>();
        plaintexts.forEach((url, plaintext) -> {
            NagaNode node = current.node(url);
            bodies.put(
                    url,
                    NagaEnvelope.seal(node.jitKey(), node.identityKey(), plaintext, now)
                            .toRequestBody(current.epoch()));
        });
        return FanOut.start(
                http,
                bodies,
                path,
                NagaRequestId.next(config.clock()),
                config.requestTimeout(),
                repeat,
                config.retryPolicy());
    }

    private Connection current() {
        return connection.get(known -> true, known -> connect());
    }

    private Connection connect() {
        List<String> urls = config.nodeUrls();
        int threshold = config.threshold().orElseThrow();
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        String body = HandshakeAnswer.requestBody(challenge, OptionalLong.empty());
        Map<String, String> bodies = new LinkedHashMap<>();
        urls.forEach(url -> bodies.put(url, body));
        FanOut fanOut = FanOut.start(
                http,
                bodies,
                NodeHttp.HANDSHAKE_PATH,
                NagaRequestId.next(config.clock()),
                config.handshakeTimeout(),
                NodeHttp.Repeat.SAFE,
                config.retryPolicy());
        List<NodeFailure> failures = new ArrayList<>();
        Map<String, NagaHandshakeAnswer> byUrl = new HashMap<>();
        List<HandshakeAnswer> answers = new ArrayList<>();
        HandshakeReplies.all(
                        fanOut,
                        challenge,
                        config.attestationPolicy(),
                        answer -> NagaHandshakeAnswer.parse(answer.nodeUrl(), answer.body()),
                        answer -> answer.answer().attestation(),
                        failures)
                .forEach(answer -> {
                    answers.add(answer.answer());
                    byUrl.put(answer.answer().nodeUrl(), answer);
                });
        HandshakeConsensus consensus = HandshakeConsensus.decide(answers, failures, urls.size(), threshold);
        List<NagaNode> nodes = consensus.agreeing().stream()
                .map(answer -> new NagaNode(
                        answer.nodeUrl(), byUrl.get(answer.nodeUrl()).identityKey(), BoxKeyPair.generate()))
                .toList();
        long epoch = mostCommon(
                consensus.agreeing(), answer -> byUrl.get(answer.nodeUrl()).epoch());
        NodeConnection view = new NodeConnection(
                new ConnectedNetwork(
                        nodes.stream().map(NagaNode::url).toList(),
                        threshold,
                        consensus.identity().networkPublicKey()),
                consensus.identity().subnetPublicKey(),
                consensus.identity().hdRootPubkeys(),
                consensus.leftOut(),
                OptionalLong.of(epoch),
                config.clock().instant());
        return new Connection(view, nodes, epoch, consensus.latestBlockhash());
    }

    private static <T> long mostCommon(List<T> items, Function<T, Long> value) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.merge(value.apply(item), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    @Override
    public String toString() {
        Connection known = connection.peek();
        return "NagaNodeTransport[" + config.nodeUrls().size() + " nodes, "
                + (known == null ? "not connected" : known.nodes().size() + " connected") + "]";
    }

    /**
     * A connection: the agreeing nodes with their keys, the epoch and the block hash of the handshake.
     *
     * @param nodes the connected nodes in handshake order
     */
    private record Connection(NodeConnection view, List<NagaNode> nodes, long epoch, String blockhash) {

        NagaNode node(String url) {
            return nodes.stream()
                    .filter(node -> node.url().equals(url))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
