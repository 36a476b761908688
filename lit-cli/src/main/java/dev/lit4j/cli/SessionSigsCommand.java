package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.EntrySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j session-sigs}: session sigs for a wallet ({@code getSessionSigs}), one per node, printed as
 * the JS SDK's {@code SessionSigsMap} JSON. The session key and the wallet's AuthSig are kept in the store
 * and reused while they grant what is asked.
 */
@Command(
        name = "session-sigs",
        mixinStandardHelpOptions = true,
        description = {
            "Makes session sigs for a wallet (the JS SDK's getSessionSigs) and prints them as JSON:"
                    + " one session sig per node.",
            "With no options: starts an embedded local network of 3 nodes, uses the wallet key made once in"
                    + " ~/.lit4j/wallet.key and keeps the session in ~/.lit4j/sessions.db, so that the next run"
                    + " reuses the session key and the wallet's signature."
        })
final class SessionSigsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HomeOption home;

    @Mixin
    private WalletOptions wallet;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private SessionOptions session;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SessionSigsRequest request = session.request().build();
        LitHome dir = home.home();
        try (OpenNetwork nodes = network.open(err);
                EntrySessionStore store = session.openStore(dir, err)) {
            PrivateKeyWalletSigner signer = wallet.signer(dir, err);
            Lit4j lit = Lit4j.builder().nodes(nodes.nodes()).store(store).build();
            SessionSigs sigs = SlowStepNotice.during(
                    err, "the nodes' session sigs", () -> lit.sessionSigs(request, lit.wallet(signer)));
            err.println("lit4j: session key " + sigs.sessionKey().hex() + ", "
                    + sigs.nodeUrls().size() + " session sigs");
            PrintWriter out = spec.commandLine().getOut();
            out.println(SessionSigsJson.toJson(sigs));
            out.flush();
        }
        return Lit4jCli.OK;
    }
}
