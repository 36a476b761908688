package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.FanOut;
import dev.lit4j.adapters.node.internal.HandshakeAnswer;
import dev.lit4j.adapters.node.internal.HandshakeConsensus;
import dev.lit4j.adapters.node.internal.HandshakeReplies;
import dev.lit4j.adapters.node.internal.LazyConnection;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.NetworkIdentity;
import dev.lit4j.adapters.node.internal.NodeFailures;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.adapters.node.internal.SessionShareCheck;
import dev.lit4j.adapters.node.internal.ShareQuorum;
import dev.lit4j.adapters.node.internal.SignSessionKeyBody;
import dev.lit4j.adapters.node.internal.SignedShare;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The {@link NodeTransport} over HTTP: talks to real Lit nodes (Datil) with the JDK {@link HttpClient}.
 *
 * <ul>
 *   <li><b>Connect</b> (on first use): for a Datil network, reads the node list and threshold from the
 *       Staking contract; then sends every node a handshake with a fresh 32-byte challenge, each bounded
 *       by the handshake timeout and retried as the {@link RetryPolicy} allows. The nodes that state the
 *       same network keys as the largest group form the network, if they reach the threshold; the others
 *       are left out and reported ({@link #connection()}), never silently dropped.</li>
 *   <li><b>Block hash</b>: the agreeing nodes' latest block hash, reused until it is older than the
 *       configured maximum age and then refreshed by a handshake that stops at the threshold.</li>
 *   <li><b>Session-key signing</b>: sent to every connected node at once; returns as soon as a threshold
 *       of valid shares for one SIWE combine to a signature that verifies under the network key, without
 *       waiting for the slowest node.</li>
 *   <li><b>PKP signing</b>: each node gets its own session sig; returns as soon as the signing subset's ECDSA
 *       shares combine to a signature that recovers to the PKP's key ({@link PkpSigning}).</li>
 *   <li><b>Decryption</b>: each connected node gets its own session sig on {@code /web/encryption/sign/};
 *       returns as soon as a threshold of shares combine to a signature over the identity that verifies
 *       under the network key.</li>
 *   <li><b>Failures</b>: one {@link NodeException} naming every node and why, with each reason as a
 *       {@link NodeFailure}.</li>
 * </ul>
 *
 * <p>On a Datil network the connection is refreshed after the contract's epoch ends (keeping the old one
 * if that fails); {@link #reconnect()} forces it. Thread-safe: concurrent first calls share one connect.
 */
public final class HttpNodeTransport implements NodeTransport {
    private static final System.Logger LOG = System.getLogger(HttpNodeTransport.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The shortest time between two connects caused by an ended epoch. */
    private static final Duration MIN_RECONNECT_INTERVAL = Duration.ofMinutes(1);

    private final NodeTransportConfig config;
    private final NodeHttp http;
    private final PkpSigning pkpSigning;
    private final ReentrantLock blockhashLock = new ReentrantLock();
    private final AtomicReference<Blockhash> blockhash = new AtomicReference<>();
    private final LazyConnection<Connection> connection = new LazyConnection<>();

    /**
     * A transport that uses {@code client} for every call.
     *
     * @param client the HTTP client; it should not follow redirects
     */
    @Inject
    public HttpNodeTransport(NodeTransportConfig config, @NodeHttpClient HttpClient client) {
        this.config = InvalidInputException.requireNonNull("config", config);
        InvalidInputException.requireNonNull("client", client);
        if (config.protocol() != NodeProtocol.DATIL) {
            throw new InvalidInputException(
                    "config.protocol",
                    "HttpNodeTransport speaks the Datil protocol, and this" + " network speaks " + config.protocol()
                            + "; use NodeTransports.create(config)");
        }
        this.http = new NodeHttp(client, config.retryPolicy(), config.sdkVersion());
        this.pkpSigning = new PkpSigning(http, config);
    }

    /** A transport with its own HTTP client ({@link #defaultHttpClient}). No connection is made until first use. */
    public static HttpNodeTransport create(NodeTransportConfig config) {
        return new HttpNodeTransport(config, defaultHttpClient(config));
    }

    /**
     * The HTTP client a transport makes for itself: connection reuse, HTTP/2 where TLS offers it, no
     * redirects, and a connect timeout of the shorter node timeout.
     */
    public static HttpClient defaultHttpClient(NodeTransportConfig config) {
        Duration connectTimeout = config.handshakeTimeout().compareTo(config.requestTimeout()) < 0
                ? config.handshakeTimeout()
                : config.requestTimeout();
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ConnectedNetwork network() {
        return current().view().network();
    }

    /**
     * The current connection, connecting first if needed: the network and the nodes that were left out.
     *
     * @throws NodeException as {@link #network()}
     */
    public NodeConnection connection() {
        return current().view();
    }

    /**
     * Connects again now: re-reads the Staking contract (on Datil) and handshakes with every node.
     *
     * @throws NodeException as {@link #network()}; the previous connection is then kept
     */
    public NodeConnection reconnect() {
        return connection.replace(this::connect).view();
    }

    @Override
    public String latestBlockhash() {
        Connection current = current();
        Blockhash known = blockhash.get();
        if (known != null && isFresh(known)) {
            return known.hash();
        }
        blockhashLock.lock();
        try {
            known = blockhash.get();
            if (known != null && isFresh(known)) {
                return known.hash();
            }
            return refreshBlockhash(current, known);
        } finally {
            blockhashLock.unlock();
        }
    }

    @Override
    public AuthSig signSessionKey(SignSessionKeyRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        ConnectedNetwork network = current.view().network();
        EthAddress pkpAddress = request.pkpPublicKey().ethAddress();
        SessionShareCheck.Expected expected = new SessionShareCheck.Expected(
                network.networkPublicKey(), request.sessionKey().uri(), pkpAddress);
        String body = SignSessionKeyBody.write(
                request, current.requestEpoch(config.clock().instant()));
        FanOut fanOut = FanOut.start(
                http,
                network.nodeUrls(),
                NodeHttp.SIGN_SESSION_KEY_PATH,
                body,
                config.requestTimeout(),
                NodeHttp.Repeat.ONLY_IF_NOT_SENT,
                config.retryPolicy());
        ShareQuorum quorum = new ShareQuorum(network.threshold(), network.networkPublicKey());
        List<NodeFailure> failures = new ArrayList<>();
        ShareQuorum.Combined combined = fanOut.firstResult(
                        quorum::largestGroup,
                        network.threshold(),
                        reply -> offer(
                                reply,
                                quorum,
                                failures,
                                answer -> ShareAnswer.parse(answer.nodeUrl(), answer.body(), expected)))
                .orElseThrow(() -> signingFailed("signSessionKey", network, fanOut, quorum, failures));
        return combined.pkpAuthSig(pkpAddress);
    }

    @Override
    public BlsSignature decryptionSignature(DecryptionRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        ConnectedNetwork network = current.view().network();
        OptionalLong epoch = current.requestEpoch(config.clock().instant());
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String url : network.nodeUrls()) {
            bodies.put(url, DecryptionBody.write(request, request.sessionSigFor(url), epoch));
        }
        String identity = request.resource().key();
        FanOut fanOut = FanOut.start(
                http,
                bodies,
                NodeHttp.ENCRYPTION_SIGN_PATH,
                config.requestTimeout(),
                NodeHttp.Repeat.SAFE,
                config.retryPolicy());
        ShareQuorum quorum = new ShareQuorum(network.threshold(), network.networkPublicKey(), "identity");
        List<NodeFailure> failures = new ArrayList<>();
        return fanOut.firstResult(
                        quorum::largestGroup,
                        network.threshold(),
                        reply -> offer(
                                reply,
                                quorum,
                                failures,
                                answer -> DecryptionShareAnswer.parse(answer.nodeUrl(), answer.body(), identity)))
                .orElseThrow(() -> signingFailed("decrypt", network, fanOut, quorum, failures))
                .signature();
    }

    @Override
    public PkpSignature pkpSign(PkpSignRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        return pkpSigning.sign(
                current.view().network(),
                request,
                current.requestEpoch(config.clock().instant()));
    }

    /**
     * Runs a Lit Action on the request's nodes ({@code POST /web/execute/v1}, each node with its own session sig)
     * and waits for every one of them, as the JS SDK does; see {@link ExecuteJsCall}.
     */
    @Override
    public List<ExecuteJsAnswer> executeJs(ExecuteJsNodeRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Connection current = current();
        return ExecuteJsCall.run(
                http, config, request, current.requestEpoch(config.clock().instant()));
    }

    /**
     * Offers a node's reply to the quorum: a failure is recorded; an answer is read by {@code parse}, and
     * one it refuses is recorded as malformed or an invalid share.
     */
    private static Optional<ShareQuorum.Combined> offer(
            NodeReply reply,
            ShareQuorum quorum,
            List<NodeFailure> failures,
            Function<NodeReply.Answer, SignedShare> parse) {
        if (reply instanceof NodeReply.Failure failure) {
            failures.add(failure.failure());
            return Optional.empty();
        }
        NodeReply.Answer answer = (NodeReply.Answer) reply;
        return NodeFailures.read(answer.nodeUrl(), () -> quorum.offer(parse.apply(answer)), failures);
    }

    /** Every node's failure when no threshold of shares verified, under {@code operation}'s name. */
    private NodeException signingFailed(
            String operation, ConnectedNetwork network, FanOut fanOut, ShareQuorum quorum, List<NodeFailure> failures) {
        List<NodeFailure> all = new ArrayList<>(failures);
        all.addAll(quorum.unusedShares());
        String notAwaited =
                fanOut.accountForPending(quorum.largestGroup(), network.threshold(), config.requestTimeout(), all);
        return new NodeException(
                operation + ": " + quorum.validShares() + " of "
                        + network.nodeUrls().size()
                        + " nodes returned a valid share, " + network.threshold()
                        + " are needed (the threshold) and must"
                        + " combine to a signature valid under the network key" + notAwaited + "; the others: "
                        + NodeFailures.describe(all),
                all);
    }

    private Connection current() {
        return connection.get(known -> !known.isStale(config.clock().instant()), known -> {
            try {
                return connect();
            } catch (NodeException e) {
                if (known == null) {
                    throw e;
                }
                LOG.log(
                        System.Logger.Level.WARNING,
                        "reconnecting after the end of epoch {0} failed; keeping the current nodes: {1}",
                        known.epoch().map(StakingEpoch::number).orElseThrow(),
                        e.getMessage());
                return known.staleAfter(config.clock().instant().plus(MIN_RECONNECT_INTERVAL));
            }
        });
    }

    private Connection connect() {
        NodeSet nodes = nodeSet();
        Instant now = config.clock().instant();
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        OptionalLong requestEpoch =
                nodes.epoch().map(e -> OptionalLong.of(e.requestEpoch(now))).orElse(OptionalLong.empty());
        FanOut fanOut = FanOut.start(
                http,
                nodes.urls(),
                NodeHttp.HANDSHAKE_PATH,
                HandshakeAnswer.requestBody(challenge, requestEpoch),
                config.handshakeTimeout(),
                NodeHttp.Repeat.SAFE,
                config.retryPolicy());
        List<NodeFailure> failures = new ArrayList<>();
        List<HandshakeAnswer> answers = HandshakeReplies.all(
                fanOut,
                challenge,
                config.attestationPolicy(),
                answer -> HandshakeAnswer.parse(answer.nodeUrl(), answer.body()),
                HandshakeAnswer::attestation,
                failures);
        HandshakeConsensus consensus =
                HandshakeConsensus.decide(answers, failures, nodes.urls().size(), nodes.threshold());
        List<String> urls =
                consensus.agreeing().stream().map(HandshakeAnswer::nodeUrl).toList();
        Instant connectedAt = config.clock().instant();
        NodeConnection view = new NodeConnection(
                new ConnectedNetwork(
                        urls, nodes.threshold(), consensus.identity().networkPublicKey()),
                consensus.identity().subnetPublicKey(),
                consensus.identity().hdRootPubkeys(),
                consensus.leftOut(),
                nodes.epoch().map(e -> OptionalLong.of(e.number())).orElse(OptionalLong.empty()),
                connectedAt);
        for (NodeFailure left : consensus.leftOut()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "left out of the {0} network: {1}",
                    config.network().wireName(),
                    left.describe());
        }
        blockhash.set(new Blockhash(consensus.latestBlockhash(), connectedAt));
        Instant staleAfter = nodes.epoch()
                .map(e -> latest(Instant.ofEpochSecond(e.endTime()), connectedAt.plus(MIN_RECONNECT_INTERVAL)))
                .orElse(null);
        return new Connection(view, consensus.identity(), nodes.epoch(), staleAfter);
    }

    private Optional<HandshakeAnswer> handshakeAnswer(NodeReply reply, byte[] challenge, List<NodeFailure> failures) {
        return HandshakeReplies.read(
                reply,
                challenge,
                config.attestationPolicy(),
                answer -> HandshakeAnswer.parse(answer.nodeUrl(), answer.body()),
                HandshakeAnswer::attestation,
                failures);
    }

    private NodeSet nodeSet() {
        if (config.network() == LitNetwork.CUSTOM) {
            return new NodeSet(config.nodeUrls(), config.threshold().getAsInt(), Optional.empty());
        }
        EthAddress staking = config.network().stakingContract().orElseThrow();
        EthJsonRpc rpc = new EthJsonRpc(http, config.rpcUrl(), config.rpcTimeout());
        long chainId = rpc.chainId();
        if (chainId != LitNetwork.CHRONICLE_YELLOWSTONE_CHAIN_ID) {
            throw new NodeException("the JSON-RPC endpoint " + config.rpcUrl() + " serves chain " + chainId
                    + ", not Chronicle Yellowstone (" + LitNetwork.CHRONICLE_YELLOWSTONE_CHAIN_ID + "), where the "
                    + config.network().wireName() + " Staking contract lives");
        }
        ValidatorSet validators;
        try {
            validators = StakingContract.decode(rpc.call(staking, StakingContract.CALL_DATA));
        } catch (MalformedAnswerException e) {
            throw new NodeException(
                    "the " + config.network().wireName() + " Staking contract " + staking.checksummed()
                            + " on " + config.rpcUrl() + " answered " + StakingContract.FUNCTION
                            + " with nothing usable: "
                            + e.getMessage(),
                    e);
        }
        return new NodeSet(
                validators.nodeUrls(config.network(), config.nodeProtocol()),
                validators.minNodeCount(),
                Optional.of(validators.epoch()));
    }

    private String refreshBlockhash(Connection current, Blockhash stale) {
        ConnectedNetwork network = current.view().network();
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        FanOut fanOut = FanOut.start(
                http,
                network.nodeUrls(),
                NodeHttp.HANDSHAKE_PATH,
                HandshakeAnswer.requestBody(
                        challenge, current.requestEpoch(config.clock().instant())),
                config.handshakeTimeout(),
                NodeHttp.Repeat.SAFE,
                config.retryPolicy());
        List<HandshakeAnswer> agreeing = new ArrayList<>();
        List<NodeFailure> failures = new ArrayList<>();
        try {
            while (agreeing.size() < network.threshold()) {
                Optional<NodeReply> reply = fanOut.next();
                if (reply.isEmpty()) {
                    break;
                }
                handshakeAnswer(reply.get(), challenge, failures).ifPresent(answer -> {
                    if (answer.identity().equals(current.identity())) {
                        agreeing.add(answer);
                    } else {
                        failures.add(NodeFailure.of(
                                answer.nodeUrl(),
                                NodeFailure.Kind.DISAGREES,
                                "its network keys"
                                        + " changed since connecting: "
                                        + answer.identity().differencesFrom(current.identity())));
                    }
                });
            }
        } finally {
            fanOut.abandon();
        }
        if (agreeing.isEmpty()) {
            if (stale != null) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "could not refresh the block hash; using the one of {0}: {1}",
                        stale.obtainedAt(),
                        NodeFailures.describe(failures));
                return stale.hash();
            }
            int connected = network.nodeUrls().size();
            throw new NodeException(
                    "latestBlockhash: "
                            + (connected == 1
                                    ? "the connected node gave no block hash"
                                    : "none of the " + connected + " connected nodes gave a block hash")
                            + ": "
                            + NodeFailures.describe(failures),
                    failures);
        }
        String hash = HandshakeConsensus.mostCommonBlockhash(agreeing);
        blockhash.set(new Blockhash(hash, config.clock().instant()));
        return hash;
    }

    private boolean isFresh(Blockhash known) {
        Duration age = Duration.between(known.obtainedAt(), config.clock().instant());
        return age.compareTo(config.blockhashMaxAge()) < 0;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        Connection known = connection.peek();
        return "HttpNodeTransport[" + config.network().wireName() + ", "
                + (known == null
                        ? "not connected"
                        : known.view().network().nodeUrls().size() + " nodes") + "]";
    }

    /** The nodes to handshake with: from the configuration or the Staking contract. */
    private record NodeSet(List<String> urls, int threshold, Optional<StakingEpoch> epoch) {}

    /** A block hash and when it was obtained. */
    private record Blockhash(String hash, Instant obtainedAt) {}

    /**
     * The connection and what only the transport needs of it.
     *
     * @param staleAfter when to connect again (the epoch's end), or null never
     */
    private record Connection(
            NodeConnection view, NetworkIdentity identity, Optional<StakingEpoch> epoch, Instant staleAfter) {

        boolean isStale(Instant now) {
            return staleAfter != null && !now.isBefore(staleAfter);
        }

        Connection staleAfter(Instant instant) {
            return new Connection(view, identity, epoch, instant);
        }

        OptionalLong requestEpoch(Instant now) {
            return epoch.map(e -> OptionalLong.of(e.requestEpoch(now))).orElse(OptionalLong.empty());
        }
    }
}
