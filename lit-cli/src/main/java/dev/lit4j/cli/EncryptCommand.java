package dev.lit4j.cli;

import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.encryption.LitEncryption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j encrypt}: encrypts bytes under access control conditions (the JS SDK's {@code encrypt}) and
 * prints {@code {"ciphertext","dataToEncryptHash"}}. Encrypting is local: it needs only the network's key,
 * from {@code --network-key} or from the handshake of {@code --network}.
 */
@Command(
        name = "encrypt",
        mixinStandardHelpOptions = true,
        description = {
            "Encrypts data so that only wallets meeting the access control conditions can decrypt it (the"
                    + " JS SDK's encrypt), and prints {\"ciphertext\",\"dataToEncryptHash\"} as JSON.",
            "The network key comes from --network-key, or from the nodes of --network (node URLs, e.g. those of"
                    + " 'lit4j network start', or a Datil network). An embedded local network is refused: its key is"
                    + " gone when the command ends, and nothing could decrypt."
        })
final class EncryptCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Lit4jCli root;

    @Mixin
    private ConditionsOption conditions;

    @Mixin
    private NetworkOptions network;

    @Option(
            names = "--in",
            paramLabel = "FILE",
            converter = InputFileConverter.class,
            description = "The data to encrypt (default: standard input).")
    private Path in;

    @Option(
            names = "--network-key",
            paramLabel = "HEX",
            converter = BlsPublicKeyConverter.class,
            description = "The network's BLS public key (96 hex digits; the handshake's subnetPublicKey): encrypt"
                    + " without contacting the nodes.")
    private BlsPublicKey networkKey;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AccessControlConditions parsed = conditions.conditions();
        boolean networkGiven = spec.commandLine().getParseResult().hasMatchedOption("--network");
        if (networkKey != null && networkGiven) {
            throw new ParameterException(spec.commandLine(), "give either --network-key or --network, not both");
        }
        if (networkKey == null && (!networkGiven || network.isLocal())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "encrypt needs a lasting network key: give the nodes"
                            + " (--network URL,URL,… of 'lit4j network start', or datil-dev, datil-test, datil) or"
                            + " --network-key HEX; an embedded local network's key is gone when the command ends");
        }
        byte[] plaintext = TextInput.bytesOrStdin("--in", in, root.stdin());
        EncryptedData data;
        if (networkKey != null) {
            data = LitEncryption.encrypt(parsed, plaintext, networkKey);
        } else {
            try (OpenNetwork nodes = network.open(err)) {
                data = LitEncryption.encrypt(
                        parsed, plaintext, nodes.nodes().network().networkPublicKey());
            }
        }
        err.println("lit4j: encrypted " + plaintext.length + " bytes under "
                + parsed.kind().fieldName() + " " + parsed.hash());
        PrintWriter out = spec.commandLine().getOut();
        out.println(data.toJson());
        out.flush();
        return Lit4jCli.OK;
    }
}
