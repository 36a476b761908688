package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.TokenId;
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
@Command(
        name = "capacity-delegation",
        mixinStandardHelpOptions = true,
        description = {
            "Signs a capacity-credit delegation with the wallet (the JS SDK's"
                    + " createCapacityDelegationAuthSig) and prints the AuthSig as JSON.",
            "Give it to session-sigs or pkp-session-sigs with --capacity-delegation FILE. The network is asked"
                    + " only for its latest block hash, the SIWE nonce."
        })
final class CapacityDelegationCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HomeOption home;

    @Mixin
    private WalletOptions wallet;

    @Mixin
    private NetworkOptions network;

    @Option(
            names = "--token-id",
            paramLabel = "ID",
            converter = TokenIdConverter.class,
            description = "The Capacity Credits NFT's token id, decimal (25364) or 0x hex (0x6314) (default: all"
                    + " the wallet's NFTs).")
    private TokenId tokenId;

    @Option(
            names = "--delegatee",
            paramLabel = "ADDRESS",
            converter = AddressConverter.class,
            description = "An address that may use the credits; repeatable (default: anyone).")
    private List<EthAddress> delegatees;

    @Option(
            names = "--uses",
            paramLabel = "N",
            converter = CountConverter.class,
            description = "How many uses, a positive decimal number (default: unlimited).")
    private String uses;

    @Option(
            names = "--expiration",
            paramLabel = "TIME",
            converter = ExpirationConverter.class,
            description = "When the delegation expires, RFC 3339 (default: 7 days from now).")
    private Instant expiration;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> delegateeAddresses = delegatees == null
                ? null
                : delegatees.stream().map(EthAddress::checksummed).toList();
        CapacityDelegation delegation =
                new CapacityDelegation(tokenId == null ? null : tokenId.decimal(), delegateeAddresses, uses);
        Clock clock = Clock.systemUTC();
        try (OpenNetwork nodes = network.open(err)) {
            PrivateKeyWalletSigner owner = wallet.signer(home.home(), err);
            CapacityDelegationIssuer issuer = new CapacityDelegationIssuer(nodes.nodes(), clock);
            AuthSig authSig = expiration == null
                    ? issuer.createCapacityDelegationAuthSig(owner, delegation)
                    : issuer.createCapacityDelegationAuthSig(owner, delegation, expiration);
            err.println("lit4j: " + owner.address() + " delegates " + delegation.resource() + " to "
                    + (delegateeAddresses == null ? "anyone" : String.join(", ", delegateeAddresses)) + ", "
                    + (uses == null ? "unlimited" : uses) + " uses");
            PrintWriter out = spec.commandLine().getOut();
            out.println(AuthSigJson.toJson(authSig));
            out.flush();
        }
        return Lit4jCli.OK;
    }
}
