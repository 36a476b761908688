package dev.lit4j.cli;

import dev.lit4j.adapters.node.AttestationPolicy;
import dev.lit4j.domain.verify.NodeProtocol;
import java.io.PrintWriter;
import java.net.URI;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --network}, the wire it speaks and the options of a Datil network: which Lit nodes a command talks to. */
final class NetworkOptions {
    @Option(
            names = "--network",
            paramLabel = "NETWORK",
            defaultValue = "local",
            converter = NetworkChoice.Converter.class,
            description = "local (an embedded network of 3 nodes, started for this command; the default), datil-dev,"
                    + " datil-test, datil, or node URLs separated by commas.")
    private NetworkChoice network;

    @Option(
            names = "--protocol",
            paramLabel = "PROTOCOL",
            defaultValue = "datil",
            converter = ProtocolConverter.class,
            description =
                    "The wire of the embedded network or of the node URLs: datil (plain /v1 routes, as the JS SDK 7)"
                            + " or naga (lit-peer's end-to-end-encrypted /v2 routes, as the JS SDK 8) (default: ${DEFAULT-VALUE})."
                            + " The named networks are Datil networks.")
    private NodeProtocol protocol;

    @Option(
            names = "--rpc-url",
            paramLabel = "URL",
            description = "The Chronicle Yellowstone JSON-RPC endpoint that"
                    + " lists a Datil network's nodes (default: https://yellowstone-rpc.litprotocol.com).")
    private URI rpcUrl;

    @Option(
            names = "--attestation",
            paramLabel = "POLICY",
            converter = AttestationConverter.class,
            description = "What is checked of the Datil nodes' SEV-SNP attestations: fields-only or not-checked."
                    + " Required for datil-test and datil (see docs/node-transport.md).")
    private AttestationPolicy attestation;

    /** Connects to the chosen network, starting the embedded one if it was chosen. */
    OpenNetwork open(PrintWriter status) {
        return OpenNetwork.open(network, protocol, rpcUrl, attestation, status);
    }

    /** Whether the embedded local network was chosen (the default). */
    boolean isLocal() {
        return network instanceof NetworkChoice.Local;
    }

    /** {@code fields-only} or {@code not-checked}. */
    static final class AttestationConverter implements ITypeConverter<AttestationPolicy> {
        @Override
        public AttestationPolicy convert(String value) {
            return switch (value) {
                case "fields-only" -> AttestationPolicy.FIELDS_ONLY;
                case "not-checked" -> AttestationPolicy.NOT_CHECKED;
                default ->
                    throw new TypeConversionException("expected fields-only or not-checked, got \"" + value + "\"");
            };
        }
    }
}
