package dev.lit4j.cli;

import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j siwe}: the SIWE message with a ReCap that the JS SDK's {@code createSiweMessageWithRecaps}
 * makes from the same inputs, byte for byte.
 */
@Command(
        name = "siwe",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the SIWE message, with a ReCap of the resources, exactly as the JS SDK's"
                    + " createSiweMessageWithRecaps makes it (without --resource: createSiweMessage).",
            "Nothing is added after the message, not even a newline: the output is the exact text to sign."
        })
final class SiweCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--address",
            paramLabel = "ADDRESS",
            required = true,
            converter = AddressConverter.class,
            description = "The signer's Ethereum address (one letter case, or mixed case with a correct EIP-55"
                    + " checksum; written EIP-55).")
    private EthAddress address;

    @Option(
            names = "--uri",
            paramLabel = "URI",
            required = true,
            description = "The URI, e.g. the session key's lit:session:<hex>.")
    private String uri;

    @Option(
            names = "--nonce",
            paramLabel = "NONCE",
            required = true,
            description = "The nonce; Lit uses the latest Ethereum block hash.")
    private String nonce;

    @Option(
            names = "--issued-at",
            paramLabel = "TIME",
            required = true,
            converter = TimeConverter.class,
            description = "The issue time, RFC 3339 (written with milliseconds, as JS does).")
    private Instant issuedAt;

    @Option(
            names = "--expiration",
            paramLabel = "TIME",
            required = true,
            converter = TimeConverter.class,
            description = "The expiration time, RFC 3339.")
    private Instant expiration;

    @Option(
            names = "--resource",
            paramLabel = ResourceAbilityConverter.LABEL,
            converter = ResourceAbilityConverter.class,
            description = "A resource and ability to carry in the ReCap, e.g. 'lit-pkp://*=pkp-signing'; repeatable.")
    private List<ResourceAbilityRequest> resources;

    @Option(
            names = "--domain",
            paramLabel = "DOMAIN",
            defaultValue = LitSiweBuilder.DEFAULT_DOMAIN,
            description = "The domain (default: ${DEFAULT-VALUE}).")
    private String domain;

    @Option(
            names = "--statement",
            paramLabel = "TEXT",
            defaultValue = LitSiweBuilder.DEFAULT_STATEMENT,
            description = "The statement the ReCap text is appended to (default: the JS SDK's, \"${DEFAULT-VALUE}\").")
    private String statement;

    @Override
    public Integer call() {
        if (issuedAt.isAfter(expiration)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--issued-at " + JsTime.format(issuedAt)
                            + " is after --expiration " + JsTime.format(expiration)
                            + "; a SIWE message expires after it is"
                            + " issued");
        }
        LitSiweBuilder siwe = LitSiweBuilder.create(address, nonce, issuedAt)
                .domain(domain)
                .statement(statement)
                .uri(uri)
                .expiration(expiration);
        if (resources != null) {
            siwe.resources(resources);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(siwe.build().render());
        out.flush();
        return Lit4jCli.OK;
    }
}
