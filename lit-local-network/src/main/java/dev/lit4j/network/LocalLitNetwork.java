package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.BoxKeyPair;
import dev.lit4j.domain.naga.BoxPublicKey;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.PeerId;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.action.LitActionLimits;
import dev.lit4j.network.action.LitActionRunner;
import dev.lit4j.network.action.LitActions;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.network.chain.BlockIndexer;
import dev.lit4j.network.chain.ChainJsonRpc;
import dev.lit4j.network.chain.ContractView;
import dev.lit4j.network.chain.LocalChain;
import dev.lit4j.network.chain.NagaPriceFeedView;
import dev.lit4j.network.chain.NagaStakingView;
import dev.lit4j.network.chain.StakingContractView;
import dev.lit4j.network.keys.NodeWallet;
import dev.lit4j.network.keys.SeedSequence;
import dev.lit4j.network.pkp.PkpRegistry;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.web3j.crypto.Sign;

/**
 * A Lit network of N real HTTP nodes on 127.0.0.1, for end-to-end tests of Lit clients.
 *
 * <p>Each node is a JDK HTTP server with its own port and thread pool, answering by default the Datil wire
 * protocol at {@code /web/handshake} (and {@code /web/handshake/}), {@code /web/sign_session_key/v1},
 * {@code /web/pkp/sign/v1}, {@code /web/execute/v1} ({@link ExecuteJsEndpoint}) and {@code /web/encryption/sign/}
 * (decryption shares, after checking access control conditions against the chain). The nodes share a fake
 * chain ({@link #chain()}), a PKP registry
 * ({@link #pkps()}) and a Lit Action registry and runner ({@link #actions()}); each node has faults a test
 * can switch at run time ({@code network.node(i).faults()}). The chain answers Ethereum JSON-RPC at
 * {@link #rpcUrl()}, where a Staking contract lists the nodes, so the JS SDK connects to the network as a
 * {@code custom} network given only that URL.
 *
 * <p>On the Naga wire ({@link Builder#protocol}, operations spec §5.10) each node also has an X25519 identity key
 * ({@link #identityKeys()}); the handshake answers wrapped with {@code nodeIdentityKey}; {@link #NAGA_PKP_SIGN_PATH}
 * and the other {@code /v2} routes open the E2EE envelope, run the same endpoint logic on the inner request with
 * Naga's rules ({@code maxPrice} against {@link #prices()}, payment delegations on {@link #ledger()},
 * {@code nodeSet}, the Naga share forms) and answer a sealed {@code GenericResponse}; the Datil routes answer 410.
 *
 * <p>The network deals a real threshold BLS key ({@link BlsThresholdKey}, Datil style: node i holds the share
 * with identifier i + 1, any {@link #threshold()} shares combine); the handshake publishes its public key.
 * The handshake and {@code sign_session_key} ({@link SignSessionKeyEndpoint}) are built in; the builder can
 * replace the latter, and must be given the PKP-sign logic as a {@link NodeEndpoint}: a route without one
 * answers {@code CoreApiRouteNotFound} saying so.
 *
 * <pre>{@code
 * try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(3).seed(7).build()) {
 *     List<String> bootstrapUrls = network.nodeUrls();
 *     Pkp pkp = network.pkps().mint(owner);
 *     ...
 * }
 * }</pre>
 *
 * <p>Closing stops every node, releases requests held by a slow node and ends all threads.
 */
public final class LocalLitNetwork implements AutoCloseable {
    /** The handshake's paths: the JS SDK adds a trailing slash, other clients do not. */
    public static final List<String> HANDSHAKE_PATHS = List.of("/web/handshake", "/web/handshake/");
    /** The Datil session-key signing path. */
    public static final String SIGN_SESSION_KEY_PATH = "/web/sign_session_key/v1";
    /** The Datil PKP signing path. */
    public static final String PKP_SIGN_PATH = "/web/pkp/sign/v1";
    /** The Datil Lit Action path. */
    public static final String EXECUTE_JS_PATH = "/web/execute/v1";
    /** The decryption paths: the JS SDK posts to the unversioned route with a trailing slash, the Rust SDK without. */
    public static final List<String> ENCRYPTION_SIGN_PATHS = List.of("/web/encryption/sign/", "/web/encryption/sign");

    /** The Naga session-key signing path. */
    public static final String NAGA_SIGN_SESSION_KEY_PATH = "/web/sign_session_key/v2";
    /** The Naga PKP signing path. */
    public static final String NAGA_PKP_SIGN_PATH = "/web/pkp/sign/v2";
    /** The Naga Lit Action path. */
    public static final String NAGA_EXECUTE_JS_PATH = "/web/execute/v2";
    /** The Naga decryption path. */
    public static final String NAGA_ENCRYPTION_SIGN_PATH = "/web/encryption/sign/v2";
    /** The Datil-era paths a Naga node refuses with 410 {@code OldEndpointVersionNoLongerSupported}. */
    public static final List<String> NAGA_REFUSED_PATHS = List.of(
            "/web/sign_session_key",
            "/web/sign_session_key/v1",
            "/web/pkp/sign",
            "/web/pkp/sign/v1",
            "/web/execute",
            "/web/execute/v1",
            "/web/encryption/sign",
            "/web/encryption/sign/",
            "/web/encryption/sign/v1");

    private final List<LocalLitNode> nodes;
    private final int threshold;
    private final long seed;
    private final NetworkKeys keys;
    private final Clock clock;
    private final LocalChain chain;
    private final PkpRegistry pkps;
    private final LitActionRunner actionRunner;
    private final LitActions actions;
    private final StakingContractView staking;
    private final ChainRpcServer chainRpc;
    private final NodeProtocol protocol;
    private final FixedNodePrices prices;
    private final NagaLedger ledger;
    private final List<BoxKeyPair> identityKeys;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalLitNetwork(Builder builder, long seed, int threshold) {
        this.seed = seed;
        this.threshold = threshold;
        this.clock = builder.clock;
        SeedSequence seeds = new SeedSequence(seed);
        List<String> peerIds = new ArrayList<>();
        for (int i = 0; i < builder.nodeCount; i++) {
            peerIds.add(Hex.encode(seeds.bytes32("peer-id", i)));
        }
        BlsThresholdKey blsKey = dealBlsKey(builder, seed, threshold, peerIds);
        this.keys = new NetworkKeys(blsKey.publicKey().hex(), hdRootPubkeys(seeds, builder.hdRootKeyCount));
        this.chain = new LocalChain(seeds, clock);
        this.pkps = new PkpRegistry(seeds);
        this.actionRunner = new LitActionRunner(builder.actionLimits);
        this.actions = new LitActions(actionRunner);
        this.protocol = builder.protocol;
        this.prices = builder.prices;
        this.ledger = builder.meteredLedger ? NagaLedger.metered() : NagaLedger.unmetered();
        Map<String, NodeRouter.Route> routes = protocol == NodeProtocol.NAGA ? nagaRoutes(builder) : routes(builder);
        this.nodes = new ArrayList<>();
        this.identityKeys = new ArrayList<>();
        try {
            for (int i = 0; i < builder.nodeCount; i++) {
                int port = builder.ports == null ? 0 : builder.ports.get(i);
                LocalLitNode node = new LocalLitNode(i, port, builder.threadsPerNode);
                nodes.add(node);
                identityKeys.add(BoxKeyPair.fromSecretKey(seeds.bytes32("node-identity-key", i)));
                NodeContext context = new NodeContext(
                        i,
                        node.url(),
                        builder.nodeCount,
                        threshold,
                        keys,
                        blsKey.share(i),
                        clock,
                        chain,
                        pkps,
                        actions,
                        node.faults(),
                        this::signingPeers,
                        NodeWallet.of(seeds, i),
                        protocol,
                        prices,
                        peerIds.get(i),
                        this::nodeAddresses,
                        identityKeys.get(i),
                        ledger);
                node.serve(new NodeRouter(routes, context, closing));
            }
            this.staking = stakingView(seeds, chain, nodes, threshold);
            this.chainRpc = protocol == NodeProtocol.NAGA
                    ? new ChainRpcServer(
                            builder.rpcPort, new ChainJsonRpc(chain, staking, nagaContracts()), new BlockIndexer(chain))
                    : new ChainRpcServer(builder.rpcPort, new ChainJsonRpc(chain, staking));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A builder with Datil's defaults: 3 nodes, threshold floor(2n/3), ephemeral ports, a random seed. */
    public static Builder builder() {
        return new Builder();
    }

    /** The nodes' URLs, in node order: a client's bootstrap URLs. */
    public List<String> nodeUrls() {
        return nodes.stream().map(LocalLitNode::url).toList();
    }

    /**
     * The local chain's Ethereum JSON-RPC endpoint, {@code http://127.0.0.1:<port>}: the {@code rpcUrl} of a
     * JS SDK {@code custom} network, which reads the nodes from the Staking contract there
     * ({@link #stakingContract()}). It answers {@code eth_chainId}, {@code eth_blockNumber}, {@code eth_call} and
     * {@code eth_getLogs} ({@link ChainJsonRpc}).
     */
    public String rpcUrl() {
        return chainRpc.url();
    }

    /** What the Staking contract at {@link StakingContractView#ADDRESS} on {@link #rpcUrl()} lists. */
    public StakingContractView stakingContract() {
        return staking;
    }

    /** The nodes, in order. */
    public List<LocalLitNode> nodes() {
        return List.copyOf(nodes);
    }

    /**
     * Node {@code index}.
     *
     * @throws InvalidInputException if there is no such node
     */
    public LocalLitNode node(int index) {
        if (index < 0 || index >= nodes.size()) {
            throw new InvalidInputException(
                    "index", "the network has nodes 0.." + (nodes.size() - 1) + ", not " + index);
        }
        return nodes.get(index);
    }

    /** How many nodes the network has. */
    public int nodeCount() {
        return nodes.size();
    }

    /** How many node answers a client needs ({@code minNodeCount}). */
    public int threshold() {
        return threshold;
    }

    /**
     * The seed of the network's keys and block hashes: networks built with the same {@link Builder#seed} have
     * the same keys, BLS key shares and block hashes (without one, the BLS key is dealt from a secure random
     * source and this seed covers the rest).
     */
    public long seed() {
        return seed;
    }

    /** The wire the nodes speak. */
    public NodeProtocol protocol() {
        return protocol;
    }

    /** What every node charges on the Naga wire (unused on Datil). */
    public FixedNodePrices prices() {
        return prices;
    }

    /**
     * The Naga Ledger: who can pay the nodes. Unmetered unless the builder asked for {@link
     * Builder#meteredLedger()}; fund payers with {@link NagaLedger#deposit}.
     */
    public NagaLedger ledger() {
        return ledger;
    }

    /**
     * The nodes' prices through the client's {@link dev.lit4j.domain.port.NodePrices} port: what a Naga client
     * gives its node choice and {@code maxPrice}s for this network (a live network's PriceFeed contract).
     */
    public dev.lit4j.domain.port.NodePrices nodePrices() {
        return prices.forNodes(nodeUrls());
    }

    /**
     * The nodes' X25519 identity public keys ({@code nodeIdentityKey} of a Naga handshake), in node order; Naga
     * requests are sealed to them.
     */
    public List<BoxPublicKey> identityKeys() {
        return identityKeys.stream().map(BoxKeyPair::publicKey).toList();
    }

    /** The public keys the nodes publish in the handshake. */
    public NetworkKeys keys() {
        return keys;
    }

    /** The network's clock. */
    public Clock clock() {
        return clock;
    }

    /** The fake chain the nodes read. */
    public LocalChain chain() {
        return chain;
    }

    /** The PKPs: mint them and set their permissions here. */
    public PkpRegistry pkps() {
        return pkps;
    }

    /** The Lit Actions: register code here to use it by CID. */
    public LitActions actions() {
        return actions;
    }

    /** Stops every node, releases held requests and ends the network's threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        if (chainRpc != null) {
            chainRpc.close();
        }
        nodes.forEach(LocalLitNode::close);
        actionRunner.close();
        try {
            for (LocalLitNode node : nodes) {
                node.awaitTermination(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "LocalLitNetwork[" + protocol + ", " + nodeUrls() + ", threshold=" + threshold + ", seed=" + seed + "]";
    }

    private List<String> nodeAddresses() {
        return nodes.stream()
                .map(node -> node.url().substring("http://".length()))
                .toList();
    }

    private List<Integer> signingPeers() {
        List<Integer> healthy = indicesWhere(node -> node.faults().takesPartInSigning());
        if (healthy.size() >= threshold) {
            return healthy;
        }
        List<Integer> up = indicesWhere(node -> !node.faults().isDown());
        return up.size() >= threshold ? up : indicesWhere(node -> true);
    }

    private List<Integer> indicesWhere(Predicate<LocalLitNode> test) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (test.test(nodes.get(i))) {
                indices.add(i);
            }
        }
        return indices;
    }

    /**
     * The network's BLS key: Datil style (identifiers 1..n), or on Naga at the identifiers lit-peer derives from
     * the peer ids; from the seed if the builder has one, else from a secure random source.
     */
    private static BlsThresholdKey dealBlsKey(Builder builder, long seed, int threshold, List<String> peerIds) {
        if (builder.protocol == NodeProtocol.NAGA) {
            List<BigInteger> identifiers = peerIds.stream()
                    .map(id -> new PeerId(id).blsShareIdentifier())
                    .toList();
            return builder.seed == null
                    ? BlsThresholdKey.generate(threshold, identifiers)
                    : BlsThresholdKey.fromSeed(threshold, identifiers, seed);
        }
        return builder.seed == null
                ? BlsThresholdKey.generate(threshold, builder.nodeCount)
                : BlsThresholdKey.fromSeed(threshold, builder.nodeCount, seed);
    }

    private static List<String> hdRootPubkeys(SeedSequence seeds, int count) {
        List<String> pubkeys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] compressed = Sign.publicPointFromPrivate(
                            seeds.secp256k1("hd-root", i).getPrivateKey())
                    .getEncoded(true);
            pubkeys.add(Hex.encode(compressed));
        }
        return pubkeys;
    }

    // every node is listed at 127.0.0.1 and its port, with a staker address of its own from the seed
    private static StakingContractView stakingView(
            SeedSequence seeds, LocalChain chain, List<LocalLitNode> nodes, int threshold) {
        List<StakingContractView.Validator> validators = new ArrayList<>();
        for (LocalLitNode node : nodes) {
            byte[] publicKey = Sign.publicPointFromPrivate(
                            seeds.secp256k1("node-staker", node.index()).getPrivateKey())
                    .getEncoded(false);
            validators.add(new StakingContractView.Validator(
                    StakingContractView.Validator.LOOPBACK, node.port(), EthAddress.ofPublicKey(publicKey)));
        }
        return new StakingContractView(chain.blocks().get(0).timestamp(), threshold, validators);
    }

    // what a JS SDK 8 nagaLocal client reads: the Naga Staking view and the PriceFeed, for the same nodes
    private List<ContractView> nagaContracts() {
        NagaStakingView nagaStaking = new NagaStakingView(staking);
        Map<NagaProduct, BigInteger> productPrices = new EnumMap<>(NagaProduct.class);
        for (NagaProduct product : NagaProduct.values()) {
            productPrices.put(product, prices.price(product));
        }
        return List.of(nagaStaking, new NagaPriceFeedView(nagaStaking, productPrices));
    }

    /**
     * Naga's routes (operations spec §5.1): the handshake, the four {@code /v2} operations sealed in the E2EE
     * envelope ({@link SealedEndpoint}), and the Datil-era paths refused with 410 ({@link DeprecatedEndpoint}).
     */
    private static Map<String, NodeRouter.Route> nagaRoutes(Builder builder) {
        Map<String, NodeRouter.Route> routes = new LinkedHashMap<>();
        NodeEndpoint handshake = new HandshakeEndpoint();
        HANDSHAKE_PATHS.forEach(path -> routes.put(path, new NodeRouter.Route(true, handshake)));
        routes.put(NAGA_SIGN_SESSION_KEY_PATH, new NodeRouter.Route(false, new SealedEndpoint(builder.signSessionKey)));
        routes.put(NAGA_PKP_SIGN_PATH, new NodeRouter.Route(false, new SealedEndpoint(builder.pkpSign)));
        routes.put(NAGA_EXECUTE_JS_PATH, new NodeRouter.Route(false, new SealedEndpoint(new ExecuteJsEndpoint())));
        routes.put(NAGA_ENCRYPTION_SIGN_PATH, new NodeRouter.Route(false, new SealedEndpoint(builder.encryptionSign)));
        NodeEndpoint deprecated = new DeprecatedEndpoint();
        NAGA_REFUSED_PATHS.forEach(path -> routes.put(path, new NodeRouter.Route(false, deprecated)));
        return routes;
    }

    private static Map<String, NodeRouter.Route> routes(Builder builder) {
        Map<String, NodeRouter.Route> routes = new LinkedHashMap<>();
        NodeEndpoint handshake = new HandshakeEndpoint();
        HANDSHAKE_PATHS.forEach(path -> routes.put(path, new NodeRouter.Route(true, handshake)));
        routes.put(SIGN_SESSION_KEY_PATH, new NodeRouter.Route(false, builder.signSessionKey));
        routes.put(PKP_SIGN_PATH, new NodeRouter.Route(false, builder.pkpSign));
        routes.put(EXECUTE_JS_PATH, new NodeRouter.Route(false, new ExecuteJsEndpoint()));
        ENCRYPTION_SIGN_PATHS.forEach(path -> routes.put(path, new NodeRouter.Route(false, builder.encryptionSign)));
        return routes;
    }

    /** Configures and starts a {@link LocalLitNetwork}. Not thread-safe. */
    public static final class Builder {
        /** The most nodes a local network may have. */
        public static final int MAX_NODES = 100;

        private int nodeCount = 3;
        private Integer threshold;
        private List<Integer> ports;
        private int rpcPort;
        private Long seed;
        private Clock clock = Clock.systemUTC();
        private int hdRootKeyCount = 1;
        private LitActionLimits actionLimits = LitActionLimits.withTimeout(Duration.ofSeconds(5));
        private int threadsPerNode = 8;
        private NodeEndpoint signSessionKey = new SignSessionKeyEndpoint();
        private NodeEndpoint pkpSign = new PkpSignEndpoint();
        private NodeEndpoint encryptionSign = new EncryptionSignEndpoint();
        private NodeProtocol protocol = NodeProtocol.DATIL;
        private FixedNodePrices prices = FixedNodePrices.defaults();
        private boolean meteredLedger;

        private Builder() {}

        /**
         * The wire the nodes speak; default {@link NodeProtocol#DATIL}. On {@link NodeProtocol#NAGA} every node has
         * an X25519 identity key ({@link #identityKeys()}), answers the wrapped Naga handshake and the sealed
         * {@code /v2} routes ({@link #NAGA_PKP_SIGN_PATH} and the others), checks each request's {@code maxPrice}
         * against its {@link #prices(FixedNodePrices) prices}, and refuses the Datil routes with HTTP 410. The same
         * endpoint logic serves both wires.
         */
        public Builder protocol(NodeProtocol wire) {
            this.protocol = InvalidInputException.requireNonNull("protocol", wire);
            return this;
        }

        /**
         * A metered Naga ledger ({@link NagaLedger}): payers start at zero and are funded with
         * {@code ledger().deposit}; each node charges its price to a payment delegation's payer or else the user,
         * and a request no one can pay is {@code PaymentFailed}. Default: unmetered, everyone pays.
         */
        public Builder meteredLedger() {
            this.meteredLedger = true;
            return this;
        }

        /** The fixed prices every node charges on the Naga wire; default {@link FixedNodePrices#defaults()}. */
        public Builder prices(FixedNodePrices nodePrices) {
            this.prices = InvalidInputException.requireNonNull("prices", nodePrices);
            return this;
        }

        /** The number of nodes, 1..100; default 3. */
        public Builder nodeCount(int count) {
            if (count < 1 || count > MAX_NODES) {
                throw new InvalidInputException("nodeCount", "must be 1.." + MAX_NODES + ", got " + count);
            }
            this.nodeCount = count;
            return this;
        }

        /** The threshold ({@code minNodeCount}), 1..nodeCount; default Datil's floor(2n/3), at least 1. */
        public Builder threshold(int minNodeCount) {
            if (minNodeCount < 1) {
                throw new InvalidInputException("threshold", "must be at least 1, got " + minNodeCount);
            }
            this.threshold = minNodeCount;
            return this;
        }

        /** Fixed ports, one per node in node order (1..65535); default ephemeral ports. */
        public Builder ports(int... nodePorts) {
            List<Integer> list = new ArrayList<>();
            for (int port : nodePorts) {
                if (port < 1 || port > 65_535) {
                    throw new InvalidInputException("ports", "a port must be 1..65535, got " + port);
                }
                list.add(port);
            }
            if (new HashSet<>(list).size() != list.size()) {
                throw new InvalidInputException("ports", "the ports must differ, got " + list);
            }
            this.ports = List.copyOf(list);
            return this;
        }

        /** A fixed port for the chain's JSON-RPC endpoint ({@link #rpcUrl()}), 1..65535; default ephemeral. */
        public Builder rpcPort(int port) {
            if (port < 1 || port > 65_535) {
                throw new InvalidInputException("rpcPort", "must be 1..65535, got " + port);
            }
            this.rpcPort = port;
            return this;
        }

        /**
         * The seed of the keys (the BLS key shares included) and block hashes, for a reproducible network;
         * default a random one.
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The nodes' clock: block times and every "now" of the endpoints; default the system clock in UTC. */
        public Builder clock(Clock value) {
            this.clock = InvalidInputException.requireNonNull("clock", value);
            return this;
        }

        /** How many ECDSA root keys the handshake lists in {@code hdRootPubkeys}, 0..32; default 1. */
        public Builder hdRootKeyCount(int count) {
            if (count < 0 || count > 32) {
                throw new InvalidInputException("hdRootKeyCount", "must be 0..32, got " + count);
            }
            this.hdRootKeyCount = count;
            return this;
        }

        /** How long a Lit Action may run before it is stopped; default 5 s. */
        public Builder actionTimeout(Duration timeout) {
            InvalidInputException.requireNonNull("actionTimeout", timeout);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new InvalidInputException("actionTimeout", "must be positive, got " + timeout);
            }
            this.actionLimits =
                    new LitActionLimits(timeout, actionLimits.memoryBytes(), actionLimits.maxResponseLength());
            return this;
        }

        /**
         * The limits of every Lit Action run (time, memory, response length); default 5 s and
         * {@link LitActionLimits}' defaults. An action past one is answered with the node's error.
         */
        public Builder actionLimits(LitActionLimits limits) {
            this.actionLimits = InvalidInputException.requireNonNull("actionLimits", limits);
            return this;
        }

        /** Threads per node serving requests in parallel, 1..64; default 8. */
        public Builder threadsPerNode(int threads) {
            if (threads < 1 || threads > 64) {
                throw new InvalidInputException("threadsPerNode", "must be 1..64, got " + threads);
            }
            this.threadsPerNode = threads;
            return this;
        }

        /**
         * The logic of {@code POST /web/sign_session_key/v1} (on Naga, of the opened {@code /v2} request); default a
         * {@link SignSessionKeyEndpoint}.
         */
        public Builder signSessionKeyEndpoint(NodeEndpoint endpoint) {
            this.signSessionKey = InvalidInputException.requireNonNull("signSessionKeyEndpoint", endpoint);
            return this;
        }

        /**
         * The logic of {@code POST /web/pkp/sign/v1} (on Naga, of the opened {@code /v2} request); default a
         * {@link PkpSignEndpoint}.
         */
        public Builder pkpSignEndpoint(NodeEndpoint endpoint) {
            this.pkpSign = InvalidInputException.requireNonNull("pkpSignEndpoint", endpoint);
            return this;
        }

        /**
         * The logic of {@code POST /web/encryption/sign/} (on Naga, of the opened {@code /v2} request); default an
         * {@link EncryptionSignEndpoint}.
         */
        public Builder encryptionSignEndpoint(NodeEndpoint endpoint) {
            this.encryptionSign = InvalidInputException.requireNonNull("encryptionSignEndpoint", endpoint);
            return this;
        }

        /**
         * Starts the network: every node listens when this returns.
         *
         * @throws InvalidInputException if the threshold exceeds the node count or the ports do not match it
         * @throws dev.lit4j.domain.LitException if a port cannot be bound
         */
        public LocalLitNetwork build() {
            if (ports != null && ports.size() != nodeCount) {
                throw new InvalidInputException(
                        "ports", "expected one port per node (" + nodeCount + "), got " + ports.size());
            }
            int minNodeCount = threshold == null ? ConnectedNetwork.datilThreshold(nodeCount) : threshold;
            if (minNodeCount > nodeCount) {
                throw new InvalidInputException(
                        "threshold", "must not exceed the node count " + nodeCount + ", got " + minNodeCount);
            }
            return new LocalLitNetwork(this, seed == null ? new SecureRandom().nextLong() : seed, minNodeCount);
        }
    }
}
