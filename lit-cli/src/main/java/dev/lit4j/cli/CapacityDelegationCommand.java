package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.CapacityDelegationIssuer;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j capacity-delegation}: the wallet, as owner of Capacity Credits, lets others spend them
 * ({@code createCapacityDelegationAuthSig}); prints the delegation AuthSig.
 */
@Command(name = "capacity-delegation", mixinStandardHelpOptions = true,
        description = {"Signs a capacity-credit delegation with the wallet (the JS SDK's"
                + " createCapacityDelegationAuthSig) and prints the AuthSig as JSON.",
            "Give it to session-sigs or pkp-session-sigs with --capacity-delegation FILE. The network is asked"
                + " only for its latest block hash, the SIWE nonce."})
final class CapacityDelegationCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private HomeOption home;
    @Mixin
    private WalletOptions wallet;
    @Mixin
    private NetworkOptions network;

    @Option(names = "--token-id", paramLabel = "ID",
            description = "The Capacity Credits NFT's token id, in decimal (default: all the wallet's NFTs).")
    private String tokenId;

    @Option(names = "--delegatee", paramLabel = "ADDRESS",
            description = "An address that may use the credits; repeatable (default: anyone).")
    private List<String> delegatees;

    @Option(names = "--uses", paramLabel = "N", description = "How many uses, in decimal (default: unlimited).")
    private String uses;

    @Option(names = "--expiration", paramLabel = "TIME", converter = TimeConverter.class,
            description = "When the delegation expires, RFC 3339 (default: 7 days from now).")
    private Instant expiration;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CapacityDelegation delegation = new CapacityDelegation(tokenId, delegatees, uses);
        Clock clock = Clock.systemUTC();
        try (OpenNetwork nodes = network.open(err)) {
            PrivateKeyWalletSigner owner = wallet.signer(home.home(), err);
            CapacityDelegationIssuer issuer = new CapacityDelegationIssuer(nodes.nodes(), clock);
            AuthSig authSig = expiration == null ? issuer.createCapacityDelegationAuthSig(owner, delegation)
                    : issuer.createCapacityDelegationAuthSig(owner, delegation, expiration);
            err.println("lit4j: " + owner.address() + " delegates " + delegation.resource() + " to "
                    + (delegatees == null ? "anyone" : String.join(", ", delegatees)) + ", "
                    + (uses == null ? "unlimited" : uses) + " uses");
            PrintWriter out = spec.commandLine().getOut();
            out.println(AuthSigJson.toJson(authSig));
            out.flush();
        }
        return Lit4jCli.OK;
    }
}
