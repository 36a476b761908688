package dev.lit4j.adapters.node;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.verify.NodeProtocol;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link HttpNodeTransport} reaches the Lit network: which network, its nodes (for a custom
 * network), the timeouts, the retry policy and the attestation policy. Immutable; build one with
 * {@link #builder(LitNetwork)} or {@link #custom(List)}.
 *
 * <pre>{@code
 * NodeTransportConfig local = NodeTransportConfig.custom(network.nodeUrls()).build();
 * NodeTransportConfig datilDev = NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
 *         .requestTimeout(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 */
public final class NodeTransportConfig {
    /** The SDK version sent as {@code X-Lit-SDK-Version}: the JS SDK whose wire format Lit4j follows. */
    public static final String DEFAULT_SDK_VERSION = "7.4.0";
    /**
     * The {@code X-Lit-SDK-Version} on a Naga network: the JS SDK 8 form {@code <version>-<network>} (operations
     * spec §5.3), with the JS SDK's name for a local Naga network.
     */
    public static final String DEFAULT_NAGA_SDK_VERSION = "8.0.0-naga-local";
    /** How long a block hash is used as a SIWE nonce before it is refreshed; the JS SDK's 30 s. */
    public static final Duration DEFAULT_BLOCKHASH_MAX_AGE = Duration.ofSeconds(30);

    private static final int NAGA_MINIMUM_THRESHOLD = 3;
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private final LitNetwork network;
    private final NodeProtocol protocol;
    private final List<String> nodeUrls;
    private final Integer threshold;
    private final URI rpcUrl;
    private final @Nullable EthAddress priceFeed;
    private final String nodeProtocol;
    private final Duration handshakeTimeout;
    private final Duration requestTimeout;
    private final Duration rpcTimeout;
    private final RetryPolicy retryPolicy;
    private final AttestationPolicy attestationPolicy;
    private final Duration blockhashMaxAge;
    private final String sdkVersion;
    private final Clock clock;

    private NodeTransportConfig(Builder builder, AttestationPolicy attestationPolicy) {
        this.network = builder.network;
        this.protocol = builder.protocol;
        this.nodeUrls = List.copyOf(builder.nodeUrls);
        this.threshold = builder.threshold;
        this.rpcUrl = builder.rpcUrl;
        this.priceFeed = builder.priceFeed;
        this.nodeProtocol = builder.nodeProtocol;
        this.handshakeTimeout = builder.handshakeTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.rpcTimeout = builder.rpcTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.attestationPolicy = attestationPolicy;
        this.blockhashMaxAge = builder.blockhashMaxAge;
        this.sdkVersion = builder.sdkVersion != null
                ? builder.sdkVersion
                : builder.protocol == NodeProtocol.NAGA ? DEFAULT_NAGA_SDK_VERSION : DEFAULT_SDK_VERSION;
        this.clock = builder.clock;
    }

    /** A builder for {@code network}; a {@link LitNetwork#CUSTOM} network also needs its node URLs. */
    public static Builder builder(LitNetwork network) {
        return new Builder(InvalidInputException.requireNonNull("network", network));
    }

    /** A builder for a custom network of the nodes at {@code nodeUrls}, e.g. a {@code LocalLitNetwork}. */
    public static Builder custom(List<String> nodeUrls) {
        return builder(LitNetwork.CUSTOM).nodeUrls(nodeUrls);
    }

    /** The wire the network speaks: {@link NodeProtocol#DATIL} unless a custom network was said to speak Naga. */
    public NodeProtocol protocol() {
        return protocol;
    }

    /** The network. */
    public LitNetwork network() {
        return network;
    }

    /** The node URLs of a custom network, as given; empty for a Datil network (they come from the chain). */
    public List<String> nodeUrls() {
        return nodeUrls;
    }

    /**
     * How many nodes must sign a session key: for a custom network the configured value, else the protocol's
     * rule for its n nodes — Datil's floor(2n/3) (at least 1), Naga's max(3, floor(2n/3)) (operations spec
     * §5.4); empty for a Datil network, whose contract says.
     */
    public OptionalInt threshold() {
        if (network != LitNetwork.CUSTOM) {
            return OptionalInt.empty();
        }
        if (threshold != null) {
            return OptionalInt.of(threshold);
        }
        return OptionalInt.of(
                protocol == NodeProtocol.NAGA
                        ? nagaThreshold(nodeUrls.size())
                        : ConnectedNetwork.datilThreshold(nodeUrls.size()));
    }

    /**
     * Naga's threshold for {@code nodeCount} nodes: max(3, floor(2n/3)), the JS SDK 8's {@code minimumThreshold}
     * being 3 on every Naga network (operations spec §5.4).
     */
    public static int nagaThreshold(int nodeCount) {
        return Math.max(NAGA_MINIMUM_THRESHOLD, 2 * nodeCount / 3);
    }

    /** The JSON-RPC endpoint of Chronicle Yellowstone used to read the Staking contract. */
    public URI rpcUrl() {
        return rpcUrl;
    }

    /**
     * The PriceFeed contract that prices a Naga network's nodes, read over {@link #rpcUrl()}
     * ({@link PriceFeedNodePrices}); empty when the nodes are priced alike.
     */
    public Optional<EthAddress> priceFeed() {
        return Optional.ofNullable(priceFeed);
    }

    /**
     * The scheme forced on every node URL read from the chain ({@code http} or {@code https}), like the JS
     * SDK's {@code nodeProtocol}; empty to follow §8.2 (port 443 → https, else the network's default).
     */
    public Optional<String> nodeProtocol() {
        return Optional.ofNullable(nodeProtocol);
    }

    /** How long one handshake attempt with one node may take. */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /** How long one node may take to answer a {@code sign_session_key} request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How long one JSON-RPC call to Chronicle Yellowstone may take. */
    public Duration rpcTimeout() {
        return rpcTimeout;
    }

    /** How calls that are safe to repeat are retried. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** What is checked of the nodes' attestations. */
    public AttestationPolicy attestationPolicy() {
        return attestationPolicy;
    }

    /** How long a block hash is used as a SIWE nonce before it is refreshed. */
    public Duration blockhashMaxAge() {
        return blockhashMaxAge;
    }

    /** The {@code X-Lit-SDK-Version} header value. */
    public String sdkVersion() {
        return sdkVersion;
    }

    /** The clock for block hash freshness and the epoch. */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "NodeTransportConfig[network=" + network.wireName()
                + (protocol == NodeProtocol.DATIL ? "" : ", protocol=" + protocol)
                + (network == LitNetwork.CUSTOM
                        ? ", nodeUrls=" + nodeUrls + ", threshold="
                                + threshold().getAsInt()
                        : ", rpcUrl=" + rpcUrl)
                + ", handshakeTimeout=" + handshakeTimeout + ", requestTimeout=" + requestTimeout
                + ", retryPolicy=" + retryPolicy + ", attestationPolicy=" + attestationPolicy + "]";
    }

    /** Builds a {@link NodeTransportConfig}. Not thread-safe. */
    public static final class Builder {
        private final LitNetwork network;
        private NodeProtocol protocol = NodeProtocol.DATIL;
        private List<String> nodeUrls = List.of();
        private Integer threshold;
        private URI rpcUrl = LitNetwork.CHRONICLE_YELLOWSTONE_RPC;
        private @Nullable EthAddress priceFeed;
        private String nodeProtocol;
        private Duration handshakeTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration rpcTimeout = Duration.ofSeconds(20);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private AttestationPolicy attestationPolicy;
        private Duration blockhashMaxAge = DEFAULT_BLOCKHASH_MAX_AGE;
        private String sdkVersion;
        private Clock clock = Clock.systemUTC();

        private Builder(LitNetwork network) {
            this.network = network;
        }

        /**
         * The nodes of a custom network: {@code http(s)://host:port}, no path, each once. Every session sig
         * is signed for the URL exactly as given here.
         */
        public Builder nodeUrls(List<String> urls) {
            InvalidInputException.requireNonNull("nodeUrls", urls);
            List<String> checked = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                checked.add(requireNodeUrl("nodeUrls[" + i + "]", urls.get(i)));
            }
            if (new HashSet<>(checked).size() != checked.size()) {
                throw new InvalidInputException("nodeUrls", "a node URL appears twice: " + checked);
            }
            this.nodeUrls = List.copyOf(checked);
            return this;
        }

        /**
         * The wire a custom network speaks; default {@link NodeProtocol#DATIL}. The public Datil networks speak
         * Datil. {@link NodeTransports#create} picks the adapter by it.
         */
        public Builder protocol(NodeProtocol value) {
            this.protocol = InvalidInputException.requireNonNull("protocol", value);
            return this;
        }

        /** The threshold of a custom network, 1..its node count; default Datil's floor(2n/3), at least 1. */
        public Builder threshold(int minNodeCount) {
            if (minNodeCount < 1) {
                throw new InvalidInputException("threshold", "must be at least 1, got " + minNodeCount);
            }
            this.threshold = minNodeCount;
            return this;
        }

        /**
         * The Chronicle Yellowstone JSON-RPC endpoint (http or https); default
         * {@link LitNetwork#CHRONICLE_YELLOWSTONE_RPC}.
         */
        public Builder rpcUrl(URI url) {
            InvalidInputException.requireNonNull("rpcUrl", url);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new InvalidInputException("rpcUrl", "expected an http(s) URL with a host, got \"" + url + "\"");
            }
            this.rpcUrl = url;
            return this;
        }

        /**
         * The PriceFeed contract of a Naga network, read over {@link #rpcUrl(URI)} to send each request to the
         * cheapest threshold of nodes (operations spec §5.4); without it every node is priced alike.
         */
        public Builder priceFeed(EthAddress address) {
            this.priceFeed = InvalidInputException.requireNonNull("priceFeed", address);
            return this;
        }

        /** Forces {@code http} or {@code https} on every node URL read from the chain (JS {@code nodeProtocol}). */
        public Builder nodeProtocol(String scheme) {
            InvalidInputException.requireNonNull("nodeProtocol", scheme);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidInputException(
                        "nodeProtocol", "expected \"http\" or \"https\", got \"" + scheme + "\"");
            }
            this.nodeProtocol = scheme;
            return this;
        }

        /** How long one handshake attempt with one node may take; default 5 s. */
        public Builder handshakeTimeout(Duration timeout) {
            this.handshakeTimeout = requireTimeout("handshakeTimeout", timeout);
            return this;
        }

        /** How long one node may take to answer {@code sign_session_key} (a Lit Action may run); default 30 s. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = requireTimeout("requestTimeout", timeout);
            return this;
        }

        /** How long one JSON-RPC call may take; default 20 s. */
        public Builder rpcTimeout(Duration timeout) {
            this.rpcTimeout = requireTimeout("rpcTimeout", timeout);
            return this;
        }

        /** How calls that are safe to repeat are retried; default {@link RetryPolicy#DEFAULT}. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = InvalidInputException.requireNonNull("retryPolicy", policy);
            return this;
        }

        /**
         * What is checked of the nodes' attestations. Required for Datil-test and Datil, where the spec
         * demands an attestation check that Lit4j cannot fully make (see {@link AttestationPolicy}); default
         * {@link AttestationPolicy#NOT_CHECKED} elsewhere.
         */
        public Builder attestationPolicy(AttestationPolicy policy) {
            this.attestationPolicy = InvalidInputException.requireNonNull("attestationPolicy", policy);
            return this;
        }

        /** How long a block hash serves as a SIWE nonce before it is refreshed, 0..10 min; default 30 s. */
        public Builder blockhashMaxAge(Duration maxAge) {
            InvalidInputException.requireNonNull("blockhashMaxAge", maxAge);
            if (maxAge.isNegative() || maxAge.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new InvalidInputException(
                        "blockhashMaxAge",
                        "must be 0..10 min (nodes use recent blocks as" + " challenges), got " + maxAge);
            }
            this.blockhashMaxAge = maxAge;
            return this;
        }

        /**
         * The {@code X-Lit-SDK-Version} header: a semantic version other than 0.0.0; default
         * {@value NodeTransportConfig#DEFAULT_SDK_VERSION} on Datil and {@value
         * NodeTransportConfig#DEFAULT_NAGA_SDK_VERSION} on Naga.
         */
        public Builder sdkVersion(String version) {
            InvalidInputException.requireNonNull("sdkVersion", version);
            if (!SEMVER.matcher(version).matches() || version.matches("0\\.0\\.0([-+].*)?")) {
                throw new InvalidInputException(
                        "sdkVersion",
                        "nodes answer 418 unless it is a semantic version other" + " than 0.0.0, e.g. \""
                                + DEFAULT_SDK_VERSION + "\"; got \"" + version + "\"");
            }
            this.sdkVersion = version;
            return this;
        }

        /** The clock for block hash freshness and epochs; default the system clock. */
        public Builder clock(Clock value) {
            this.clock = InvalidInputException.requireNonNull("clock", value);
            return this;
        }

        /**
         * The configuration.
         *
         * @throws InvalidInputException if a custom network has no node URLs or a threshold above their
         *     number, a Datil network was given node URLs or a threshold (its contract decides), or Datil-test
         *     or Datil was given no attestation policy
         */
        public NodeTransportConfig build() {
            if (network == LitNetwork.CUSTOM) {
                if (nodeUrls.isEmpty()) {
                    throw new InvalidInputException("nodeUrls", "a custom network needs at least one node URL");
                }
                if (threshold != null && threshold > nodeUrls.size()) {
                    throw new InvalidInputException(
                            "threshold", "must not exceed the " + nodeUrls.size() + " node URLs, got " + threshold);
                }
                if (threshold == null && protocol == NodeProtocol.NAGA && nodeUrls.size() < NAGA_MINIMUM_THRESHOLD) {
                    throw new InvalidInputException(
                            "nodeUrls",
                            "a Naga network needs at least "
                                    + NAGA_MINIMUM_THRESHOLD + " nodes (its minimum threshold), got " + nodeUrls.size()
                                    + "; give more nodes or a threshold of at most " + nodeUrls.size());
                }
            } else {
                if (protocol != NodeProtocol.DATIL) {
                    throw new InvalidInputException(
                            "protocol",
                            network.wireName() + " speaks the Datil protocol;"
                                    + " only a custom network (LitNetwork.CUSTOM with its node URLs) may speak "
                                    + protocol);
                }
                if (!nodeUrls.isEmpty() || threshold != null) {
                    throw new InvalidInputException(
                            nodeUrls.isEmpty() ? "threshold" : "nodeUrls",
                            "the "
                                    + network.wireName() + " nodes and threshold come from its Staking contract; use"
                                    + " LitNetwork.CUSTOM to give them yourself");
                }
            }
            if (priceFeed != null && protocol != NodeProtocol.NAGA) {
                throw new InvalidInputException(
                        "priceFeed", "prices the nodes of a Naga network, and this network speaks " + protocol);
            }
            AttestationPolicy policy = attestationPolicy;
            if (policy == null) {
                if (network.attestationRequired()) {
                    throw new InvalidInputException(
                            "attestationPolicy",
                            network.wireName() + " requires SEV-SNP"
                                    + " attestation (client spec §8.1), and Lit4j cannot verify the AMD signature chain of"
                                    + " the reports; choose AttestationPolicy.FIELDS_ONLY or NOT_CHECKED knowingly"
                                    + " (docs/node-transport.md explains what each checks)");
                }
                policy = AttestationPolicy.NOT_CHECKED;
            }
            return new NodeTransportConfig(this, policy);
        }

        private static Duration requireTimeout(String field, Duration timeout) {
            InvalidInputException.requireNonNull(field, timeout);
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw new InvalidInputException(field, "must be more than 0 and at most 10 min, got " + timeout);
            }
            return timeout;
        }

        private static String requireNodeUrl(String field, String url) {
            InvalidInputException.requireNonNull(field, url);
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new InvalidInputException(field, "\"" + url + "\" is not a URL: " + e.getReason(), e);
            }
            boolean httpScheme = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if (!httpScheme
                    || uri.getHost() == null
                    || !bare
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new InvalidInputException(
                        field,
                        "expected http(s)://host[:port] with nothing after it (as"
                                + " the node compares it with its own address), got \"" + url + "\"");
            }
            return url;
        }
    }
}
