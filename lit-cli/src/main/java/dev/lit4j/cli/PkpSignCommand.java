package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.EntrySessionStore;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j pkp-sign}: the PKP signs a digest, or a message hashed as asked, through the nodes
 * ({@code pkpSign}); prints {@code {r, s, recid, signature, publicKey, dataSigned}} as the JS SDK returns it.
 */
@Command(
        name = "pkp-sign",
        mixinStandardHelpOptions = true,
        description = {
            "Signs 32 bytes with a PKP through the nodes (the JS SDK's pkpSign) and prints the signature"
                    + " as JSON: {r, s, recid, signature, publicKey, dataSigned}. The nodes' ECDSA shares are combined and"
                    + " the signature is checked to recover to the PKP's key.",
            "Without --session-sigs, PKP session sigs are made first as pkp-session-sigs does (the wallet's EthWallet"
                    + " auth method; on the embedded local network a PKP owned by the wallet is minted unless"
                    + " --pkp-public-key names one)."
        })
final class PkpSignCommand implements Callable<Integer> {
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
            description = "The PKP's uncompressed public key (04…,"
                    + " 0x optional). Required with --session-sigs, and unless the network is the embedded local one.")
    private PkpPublicKey pkpPublicKey;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private ToSign toSign;

    @Option(
            names = "--hash",
            paramLabel = "HASH",
            defaultValue = "keccak256",
            converter = MessageHashConverter.class,
            description = "How --message is hashed: keccak256 (as Ethereum, the default) or sha256.")
    private DataToSign.MessageHash hash;

    @Option(
            names = "--session-sigs",
            paramLabel = "FILE",
            converter = SessionSigsFileConverter.class,
            description = "Session sigs granting pkp-signing on the PKP (a SessionSigs JSON map, e.g. from"
                    + " pkp-session-sigs), one for every node of the network.")
    private SessionSigs given;

    /** What is signed: a digest or a message, exactly one. */
    static final class ToSign {
        @Option(
                names = "--digest",
                paramLabel = "HEX",
                required = true,
                converter = DigestConverter.class,
                description = "The 32 bytes to sign, 64 hex digits (0x optional); the nodes sign them as they are.")
        private DataToSign digest;

        @Option(
                names = "--message",
                paramLabel = "TEXT",
                required = true,
                description = "A message to sign: its UTF-8" + " bytes hashed with --hash.")
        private String message;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        DataToSign data = toSign.digest != null
                ? toSign.digest
                : DataToSign.hashOf(toSign.message.getBytes(StandardCharsets.UTF_8), hash);
        if (given != null && pkpPublicKey == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--pkp-public-key is required with --session-sigs: name"
                            + " the PKP the session sigs grant pkp-signing on");
        }
        LitHome dir = home.home();
        try (OpenNetwork nodes = network.open(err);
                EntrySessionStore store = given != null ? new InMemorySessionStore() : session.openStore(dir, err)) {
            Lit4j lit = Lit4j.builder()
                    .nodes(nodes.nodes())
                    .store(store)
                    .clock(clock)
                    .build();
            PkpPublicKey pkp;
            SessionSigs sigs;
            if (given != null) {
                pkp = pkpPublicKey;
                sigs = given;
            } else {
                PrivateKeyWalletSigner signer = wallet.signer(dir, err);
                pkp = PkpSessions.givenOrMinted(pkpPublicKey, nodes, signer, err);
                SessionSigsRequest request = session.request().build();
                sigs = lit.sessionSigs(
                        request, lit.pkp(pkp, PkpSessions.walletAuthMethods(nodes, signer, request, clock)));
                err.println("lit4j: session key " + sigs.sessionKey().hex() + " for PKP " + pkp.ethAddress());
            }
            PkpSignature signature = lit.pkpSign(new PkpSignRequest(data, pkp, sigs));
            err.println("lit4j: signed " + data + " with PKP " + pkp.ethAddress() + "; the signature recovers to it");
            PrintWriter out = spec.commandLine().getOut();
            out.println(signature.toJson());
            out.flush();
        }
        return Lit4jCli.OK;
    }
}
