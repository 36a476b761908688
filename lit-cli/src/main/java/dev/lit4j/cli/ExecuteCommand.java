package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.EntrySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.Pkp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j execute}: runs a Lit Action on the nodes ({@code executeJs}) with session sigs from a file or
 * made for the wallet, and prints the merged result as JSON: {@code response}, {@code signatures},
 * {@code claims}, {@code logs}.
 */
@Command(
        name = "execute",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a Lit Action on every node (the JS SDK's executeJs) and prints the merged result as"
                    + " JSON: {\"response\", \"signatures\", \"claims\", \"logs\"}. The response is shown as JSON when it"
                    + " is JSON (actions usually set JSON.stringify(...)), else as a string.",
            "The session sigs come from --session-sigs, or are made for the wallet (as lit4j session-sigs does)."
                    + " On the embedded local network a PKP owned by the wallet is minted unless --pkp-public-key"
                    + " names one; its key is the action's publicKey parameter unless --js-params sets one."
        })
final class ExecuteCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Lit4jCli root;

    @Mixin
    private HomeOption home;

    @Mixin
    private WalletOptions wallet;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private SessionOptions session;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Action action;

    /** Exactly one of the code or its IPFS id. */
    static final class Action {
        @Option(
                names = "--code-file",
                paramLabel = "FILE",
                required = true,
                converter = InputFileConverter.class,
                description = "The Lit Action's JavaScript source; '-' reads standard input.")
        private Path codeFile;

        @Option(
                names = "--ipfs-id",
                paramLabel = "CID",
                required = true,
                converter = IpfsCidConverter.class,
                description = "The IPFS CIDv0 (Qm…) of the Lit Action's code, which the nodes fetch.")
        private IpfsCid ipfsId;
    }

    @Option(
            names = "--js-params",
            paramLabel = "JSON",
            converter = JsParamsConverter.class,
            description = "The action's parameters, a JSON object; each key becomes a global variable of the action.")
    private JsonValue.Obj jsParams;

    @Option(
            names = "--session-sigs",
            paramLabel = "FILE",
            converter = SessionSigsFileConverter.class,
            description = "Session sigs (as lit4j session-sigs prints them) to use instead of making them.")
    private SessionSigs given;

    @Option(
            names = "--pkp-public-key",
            paramLabel = "HEX",
            converter = PkpPublicKeyConverter.class,
            description = "The PKP the action signs with (04…, 0x optional): passed as the publicKey parameter.")
    private PkpPublicKey pkpPublicKey;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JsonValue.Obj params = jsParams == null ? JsonValue.Obj.EMPTY : jsParams;
        String code =
                action.codeFile == null ? null : TextInput.readOrStdin("--code-file", action.codeFile, root.stdin());
        LitHome dir = home.home();
        try (OpenNetwork nodes = network.open(err);
                EntrySessionStore store = session.openStore(dir, err)) {
            Lit4j lit = Lit4j.builder().nodes(nodes.nodes()).store(store).build();
            SessionSigs sigs = given;
            if (sigs == null) {
                PrivateKeyWalletSigner signer = wallet.signer(dir, err);
                sigs = lit.sessionSigs(session.request().build(), lit.wallet(signer));
                params = withPublicKey(params, pkp(nodes.local(), signer, err));
            } else {
                params = withPublicKey(params, Optional.ofNullable(pkpPublicKey));
            }
            ExecuteJsRequest.Builder request =
                    code != null ? ExecuteJsRequest.code(code) : ExecuteJsRequest.ipfsId(action.ipfsId.value());
            if (!params.isEmpty()) {
                request.jsParams(params);
            }
            ExecuteJsRequest built = request.build();
            err.println("lit4j: executing Lit Action " + built.cid() + " on "
                    + nodes.nodes().network().nodeUrls().size() + " nodes");
            ExecuteJsResult result = lit.executeJs(built, sigs);
            PrintWriter out = spec.commandLine().getOut();
            out.println(JsJson.stringify(ExecuteJsResultJson.of(result)));
            out.flush();
        }
        return Lit4jCli.OK;
    }

    /** The PKP to sign with: given, or minted for the wallet on the embedded local network. */
    private Optional<PkpPublicKey> pkp(
            Optional<LocalLitNetwork> local, PrivateKeyWalletSigner owner, PrintWriter status) {
        if (pkpPublicKey != null) {
            return Optional.of(pkpPublicKey);
        }
        return local.map(network -> {
            Pkp minted = network.pkps().mint(owner.address());
            status.println("lit4j: minted PKP " + minted.publicKey0x() + " (address " + minted.ethAddress()
                    + ") owned by " + owner.address());
            return new PkpPublicKey(minted.publicKey());
        });
    }

    private static JsonValue.Obj withPublicKey(JsonValue.Obj params, Optional<PkpPublicKey> pkp) {
        if (pkp.isEmpty() || params.has("publicKey")) {
            return params;
        }
        JsonValue.Obj.Builder with = JsonValue.Obj.builder();
        params.members().forEach(member -> with.put(member.name(), member.value()));
        return with.put("publicKey", JsonValue.of(pkp.get().hex())).build();
    }
}
