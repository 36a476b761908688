package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.codec.internal.StrictUtf8;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j decrypt}: decrypts what {@code lit4j encrypt} or the JS SDK's {@code encrypt} made (the JS
 * SDK's {@code decrypt}): the nodes check the conditions for the session's wallet and give their shares of
 * the decryption key, which is verified against the network key before it is used.
 */
@Command(
        name = "decrypt",
        mixinStandardHelpOptions = true,
        description = {
            "Decrypts {\"ciphertext\",\"dataToEncryptHash\"} (from --in or standard input) with the"
                    + " nodes of --network, which give their shares only if the session's wallet meets the access"
                    + " control conditions (the JS SDK's decrypt). Writes the plaintext to standard output, or to --out.",
            "Without --session-sigs, makes the wallet's session sigs for exactly this data's resource"
                    + " (access-control-condition-decryption on lit-accesscontrolcondition://<hash>/<dataHash>)."
        })
final class DecryptCommand implements Callable<Integer> {
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
    private ConditionsOption conditions;

    @Option(
            names = "--in",
            paramLabel = "FILE",
            converter = InputFileConverter.class,
            description = "The encrypted data, JSON {\"ciphertext\",\"dataToEncryptHash\"} (default: standard input).")
    private Path in;

    @Option(
            names = "--session-sigs",
            paramLabel = "FILE",
            converter = SessionSigsFileConverter.class,
            description = "Session sigs (JSON, as 'lit4j session-sigs' prints them) that grant decryption on this"
                    + " data's resource; default: made now for the wallet.")
    private SessionSigs given;

    @Option(
            names = "--chain",
            paramLabel = "CHAIN",
            description = "The chain the nodes validate the session sigs"
                    + " for (default: the first condition's chain, else ethereum).")
    private String chain;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the plaintext to FILE (needed for data that"
                    + " is not UTF-8 text); a new file is readable by its owner only.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AccessControlConditions parsed = conditions.conditions();
        if (network.isLocal()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "decrypt needs the nodes whose key the data was"
                            + " encrypted under: give --network URL,URL,… (of 'lit4j network start') or datil-dev, datil-test,"
                            + " datil");
        }
        EncryptedData data = EncryptedData.fromJson(
                TextInput.readOrStdin("--in", in, root.stdin()).strip());
        String requestChain = chain != null ? chain : parsed.firstChain().orElse("ethereum");
        byte[] plaintext;
        try (OpenNetwork nodes = network.open(err)) {
            Lit4j lit = Lit4j.builder()
                    .nodes(nodes.nodes())
                    .store(new InMemorySessionStore())
                    .build();
            SessionSigs sigs;
            if (given != null) {
                sigs = given;
            } else {
                PrivateKeyWalletSigner signer = wallet.signer(home.home(), err);
                sigs = lit.sessionSigs(
                        SessionSigsRequest.builder()
                                .resource(
                                        parsed.resource(data.dataToEncryptHash()),
                                        LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)
                                .build(),
                        lit.wallet(signer));
            }
            plaintext = lit.decrypt(data, parsed, requestChain, sigs);
        }
        err.println("lit4j: decrypted " + plaintext.length + " bytes");
        if (out != null) {
            write(plaintext);
        } else {
            String text;
            try {
                text = StrictUtf8.decode("plaintext", plaintext, "the plaintext");
            } catch (InvalidInputException e) {
                throw new InvalidInputException(
                        "--out", "the plaintext is not UTF-8 text; write it to a file with" + " --out FILE");
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        }
        return Lit4jCli.OK;
    }

    // a new file is made readable by its owner only (where the file system has POSIX permissions): it holds
    // what the conditions protected
    private void write(byte[] plaintext) {
        try {
            if (Files.notExists(out)
                    && out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(out, plaintext);
        } catch (IOException e) {
            throw new InvalidInputException("--out", "cannot write " + out + ": " + FileProblem.describe(e));
        }
    }
}
