package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.EntrySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.Pkp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j pkp-session-sigs}: session sigs for a PKP, which the nodes authorise after checking an
 * EthWallet auth method by the wallet ({@code getPkpSessionSigs}) or running a custom-auth Lit Action
 * ({@code getLitActionSessionSigs}).
 */
@Command(
        name = "pkp-session-sigs",
        mixinStandardHelpOptions = true,
        description = {
            "Makes session sigs for a PKP and prints them as JSON. The nodes check an EthWallet auth"
                    + " method signed by the wallet (the JS SDK's getPkpSessionSigs), or run the custom-auth Lit Action"
                    + " given by --lit-action (getLitActionSessionSigs), then BLS-sign the session key.",
            "On the embedded local network a PKP owned by the wallet is minted unless --pkp-public-key names one,"
                    + " and a --lit-action is permitted for it."
        })
final class PkpSessionSigsCommand implements Callable<Integer> {
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

    @Option(
            names = "--pkp-public-key",
            paramLabel = "HEX",
            converter = PkpPublicKeyConverter.class,
            description = "The PKP's uncompressed public key (04 and 128 hex digits, 0x optional). Required unless"
                    + " the network is the embedded local one, which mints a PKP.")
    private PkpPublicKey pkpPublicKey;

    @Option(
            names = "--lit-action",
            paramLabel = "FILE",
            description =
                    "A custom-auth Lit Action (JavaScript) that"
                            + " decides instead of an EthWallet auth method: it authenticates when its response contains \"true\".")
    private Path litAction;

    @Option(
            names = "--js-params",
            paramLabel = "JSON",
            converter = JsParamsConverter.class,
            description = "The Lit Action's parameters, a JSON object.")
    private JsonValue.Obj jsParams;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        SessionSigsRequest.Builder builder = session.request();
        String code = litAction == null ? null : TextInput.read("--lit-action", litAction);
        if (code != null) {
            builder.litActionCode(Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8)));
        }
        if (jsParams != null) {
            if (code == null) {
                throw new ParameterException(
                        spec.commandLine(), "--js-params are the Lit Action's parameters; give --lit-action too");
            }
            builder.jsParams(jsParams);
        }
        SessionSigsRequest request = builder.build();
        LitHome dir = home.home();
        try (OpenNetwork nodes = network.open(err);
                EntrySessionStore store = session.openStore(dir, err)) {
            PrivateKeyWalletSigner signer = wallet.signer(dir, err);
            PkpPublicKey pkp = PkpSessions.givenOrMinted(pkpPublicKey, nodes, signer, err);
            List<AuthMethod> authMethods;
            if (code != null) {
                nodes.local().ifPresent(local -> permit(local, pkp, code, err));
                authMethods = List.of();
            } else {
                authMethods = PkpSessions.walletAuthMethods(nodes, signer, request, clock);
            }
            Lit4j lit = Lit4j.builder()
                    .nodes(nodes.nodes())
                    .store(store)
                    .clock(clock)
                    .build();
            SessionSigs sigs = SlowStepNotice.during(
                    err,
                    "the nodes to sign the session key",
                    () -> lit.sessionSigs(request, lit.pkp(pkp, authMethods)));
            err.println("lit4j: session key " + sigs.sessionKey().hex() + " for PKP " + pkp.ethAddress() + ", "
                    + sigs.nodeUrls().size() + " session sigs");
            PrintWriter out = spec.commandLine().getOut();
            out.println(SessionSigsJson.toJson(sigs));
            out.flush();
        }
        return Lit4jCli.OK;
    }

    private static void permit(LocalLitNetwork local, PkpPublicKey pkp, String code, PrintWriter status) {
        IpfsCid cid = local.actions().register(code);
        Pkp registered = local.pkps().findByPublicKey(pkp.hex()).orElse(null);
        if (registered == null) {
            status.println("lit4j: warning: PKP " + pkp.ethAddress() + " is not on the embedded network, so Lit Action "
                    + cid.value() + " cannot be permitted for it");
            return;
        }
        local.pkps().permitAction(registered.tokenId(), cid, AuthMethodScope.PERSONAL_SIGN);
        status.println("lit4j: permitted Lit Action " + cid.value() + " to sign for the PKP");
    }
}
