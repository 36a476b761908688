package dev.lit4j.cli;

import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.BoxPublicKey;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.chain.NagaPriceFeedView;
import dev.lit4j.network.chain.NagaStakingView;
import dev.lit4j.network.chain.StakingContractView;
import dev.lit4j.network.pkp.Pkp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j network start}: a {@link LocalLitNetwork} in the foreground, described as JSON on standard
 * output (protocol, node URLs, the chain's JSON-RPC URL, threshold, network key, minted PKPs; on Naga also the
 * nodes' identity keys and prices), until the process is stopped (Ctrl-C) or the command's thread is interrupted.
 */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a local Lit network on 127.0.0.1 in the foreground until it is stopped (Ctrl-C), and"
                    + " prints its node URLs, rpcUrl, threshold and network key as one line of JSON when it is ready.",
            "Other tools (and lit4j with --network URL,URL,…) use it as a custom network. The nodes answer the"
                    + " handshake, sign_session_key, pkp/sign, execute and encryption/sign on the chosen wire (--protocol);"
                    + " the JS SDK connects with litNetwork 'custom' and the rpcUrl, whose Staking contract lists the"
                    + " nodes."
        })
final class NetworkStartCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--nodes",
            paramLabel = "N",
            defaultValue = "3",
            converter = RangeConverter.NodeCount.class,
            description = "How many nodes, 1 to 100 (default: ${DEFAULT-VALUE}); the threshold is Datil's, 2N/3.")
    private int nodes;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            converter = RangeConverter.Port.class,
            description =
                    "The first node's port; the other nodes and then the rpcUrl follow it (default: free" + " ports).")
    private Integer port;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            description = "A seed for reproducible keys and block hashes (default: random).")
    private Long seed;

    @Option(
            names = "--protocol",
            paramLabel = "PROTOCOL",
            defaultValue = "datil",
            converter = ProtocolConverter.class,
            description = "The wire the nodes speak: datil (JS SDK 7, plain /v1 routes) or naga (JS SDK 8, lit-peer's"
                    + " end-to-end-encrypted /v2 routes, node identity keys, maxPrice checked against fixed node prices;"
                    + " the Datil routes answer 410) (default: ${DEFAULT-VALUE}).")
    private NodeProtocol protocol;

    @Option(
            names = "--mint-pkp-for",
            paramLabel = "ADDRESS",
            converter = AddressConverter.class,
            description = "Mints a PKP owned by ADDRESS (e.g. lit4j's wallet); repeatable. The JSON lists them.")
    private List<EthAddress> pkpOwners;

    @Option(
            names = "--action",
            paramLabel = "FILE",
            description = "Pins a Lit Action's code so that its IPFS id resolves on the nodes (executeJs --ipfs-id,"
                    + " litActionIpfsId); repeatable. The JSON lists each file's ipfsId.")
    private List<Path> actionFiles;

    @Override
    public Integer call() {
        List<EthAddress> owners = pkpOwners == null ? List.of() : pkpOwners;
        if (port != null && port + nodes - 1 > 65535) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--port " + port + " with " + nodes + " nodes would go" + " past port 65535; choose a port up to "
                            + (65536 - nodes));
        }
        Map<Path, String> actionCode = new LinkedHashMap<>();
        if (actionFiles != null) {
            actionFiles.forEach(file -> actionCode.put(file, TextInput.read("--action", file)));
        }
        LocalLitNetwork.Builder builder =
                LocalLitNetwork.builder().nodeCount(nodes).protocol(protocol);
        if (seed != null) {
            builder.seed(seed);
        }
        if (port != null) {
            int[] ports = new int[nodes];
            for (int i = 0; i < nodes; i++) {
                ports[i] = port + i;
            }
            builder.ports(ports);
            builder.rpcPort(port + nodes);
        }
        boolean interrupted = false;
        try (LocalLitNetwork network = builder.build()) {
            List<Pkp> pkps =
                    owners.stream().map(owner -> network.pkps().mint(owner)).toList();
            Map<Path, IpfsCid> actions = new LinkedHashMap<>();
            actionCode.forEach(
                    (file, code) -> actions.put(file, network.actions().register(code)));
            PrintWriter out = spec.commandLine().getOut();
            out.println(JsJson.stringify(describe(network, pkps, actions)));
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("lit4j: local Lit network of " + network.nodeCount() + " nodes running; stop it with Ctrl-C");
            err.flush();
            Thread stop = new Thread(network::close, "lit4j-network-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                // nothing counts this down: the command runs until its thread is interrupted or the JVM stops
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                removeHook(stop);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Lit4jCli.OK;
    }

    private static JsonValue describe(LocalLitNetwork network, List<Pkp> pkps, Map<Path, IpfsCid> actions) {
        JsonValue.Obj.Builder description = JsonValue.Obj.builder()
                .put("protocol", new JsonValue.Str(ProtocolConverter.nameOf(network.protocol())))
                .put("nodeUrls", Json.strings(network.nodeUrls()));
        if (network.protocol() == NodeProtocol.NAGA) {
            description.put(
                    "nodeIdentityKeys",
                    Json.strings(network.identityKeys().stream()
                            .map(BoxPublicKey::hex)
                            .toList()));
            description.put(
                    "prices",
                    Json.array(
                            List.of(NagaProduct.values()),
                            product -> JsonValue.Obj.builder()
                                    .put("productId", Json.number(product.id()))
                                    .put(
                                            "price",
                                            new JsonValue.Str(network.prices()
                                                    .price(product)
                                                    .toString()))
                                    .build()));
            description.put(
                    "nagaContracts",
                    JsonValue.Obj.builder()
                            .put("Staking", new JsonValue.Str(NagaStakingView.ADDRESS.checksummed()))
                            .put("PriceFeed", new JsonValue.Str(NagaPriceFeedView.ADDRESS.checksummed()))
                            .build());
        }
        return description
                .put("rpcUrl", new JsonValue.Str(network.rpcUrl()))
                .put("stakingContract", new JsonValue.Str(StakingContractView.ADDRESS.checksummed()))
                .put("threshold", Json.number(network.threshold()))
                .put("networkPublicKey", new JsonValue.Str(network.keys().blsPublicKey()))
                .put("hdRootPubkeys", Json.strings(network.keys().hdRootPubkeys()))
                .put("seed", new JsonValue.Str(Long.toString(network.seed())))
                .put(
                        "pkps",
                        Json.array(
                                pkps,
                                pkp -> JsonValue.Obj.builder()
                                        .put("publicKey", new JsonValue.Str(pkp.publicKey0x()))
                                        .put(
                                                "ethAddress",
                                                new JsonValue.Str(
                                                        pkp.ethAddress().checksummed()))
                                        .put("tokenId", new JsonValue.Str(pkp.tokenIdHex()))
                                        .put(
                                                "owner",
                                                new JsonValue.Str(pkp.owner().checksummed()))
                                        .build()))
                .put(
                        "actions",
                        Json.array(
                                List.copyOf(actions.entrySet()),
                                action -> JsonValue.Obj.builder()
                                        .put(
                                                "file",
                                                new JsonValue.Str(
                                                        action.getKey().toString()))
                                        .put(
                                                "ipfsId",
                                                new JsonValue.Str(
                                                        action.getValue().value()))
                                        .build()))
                .build();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting and runs the hook itself
        }
    }
}
