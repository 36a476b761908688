package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.verify.CapabilityCheck;
import dev.lit4j.domain.verify.CapacityDelegationCheck;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j verify}: checks one node's entry of a session-sigs map as that node would
 * ({@link SessionSigVerifier}) and prints every reason it fails.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a session-sigs map (FILE, or standard input) and checks the entry for --node as that"
                    + " Lit node would: signature, signed message, requested resource, times, node address and"
                    + " capabilities. Prints the verdict and every reason in plain words.",
            "Without --resource, every resource and ability the session sig requests is checked, each on its own;"
                    + " it is valid if every one is."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the session sig is valid",
            "1:it is not valid (the reasons are printed), or the input could not be read",
            "2:usage error (an unknown option, a missing or malformed value)"
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Lit4jCli root;

    @Option(
            names = "--node",
            paramLabel = "URL",
            required = true,
            description = "The node whose entry is checked, exactly as the map names it, e.g."
                    + " https://15.235.83.220:7470.")
    private String node;

    @Option(
            names = "--network-key",
            paramLabel = "HEX",
            converter = BlsPublicKeyConverter.class,
            description = "The network's BLS public key (the handshake's networkPublicKey, 96 hex digits); needed to"
                    + " accept lit.bls (PKP) capabilities.")
    private BlsPublicKey networkKey;

    @Option(
            names = "--at",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "The time to check at, RFC 3339 (default: now).")
    private Instant at;

    @Option(
            names = "--strict",
            description = "Also close gaps a node leaves open: the signed message's session key"
                    + " must be the signer, each capability's address its SIWE signer, and each capability's Issued At at most"
                    + " 60 s after now.")
    private boolean strict;

    @Option(
            names = "--resource",
            paramLabel = ResourceAbilityConverter.LABEL,
            converter = ResourceAbilityConverter.class,
            description = "What the node is asked to do (default: every resource and ability the session sig"
                    + " requests, each checked on its own).")
    private ResourceAbilityRequest resource;

    @Option(
            names = "--capacity-user",
            paramLabel = "ADDRESS",
            description = "Also check, as Datil does, that the"
                    + " capabilities let ADDRESS spend someone's Capacity Credits: a capacity delegation must name it.")
    private String capacityUser;

    @Option(names = "--json", description = "Print the verdict as JSON instead of text.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The session-sigs JSON (default: standard input).")
    private Path file;

    @Override
    public Integer call() {
        SessionSigs sigs = SessionSigsJson.parse(TextInput.readOrStdin("FILE", file, root.stdin()));
        SessionSig sig = sigs.forNode(node)
                .orElseThrow(() -> new InvalidInputException(
                        "--node",
                        "the session sigs"
                                + " have no entry for \"" + PrintableText.of(node) + "\"; they have "
                                + PrintableText.of(String.join(", ", sigs.nodeUrls()), PrintableText.MAX_LINE_LENGTH)));
        VerificationMode mode = strict ? VerificationMode.STRICT : VerificationMode.NODE_FAITHFUL;
        SessionSigVerifier.Builder verifier = SessionSigVerifier.builder(NodeAddress.fromUrl(node), mode);
        if (networkKey != null) {
            verifier.networkKey(networkKey);
        }
        if (at != null) {
            verifier.clock(Clock.fixed(at, ZoneOffset.UTC));
        }
        EthAddress user = capacityUser == null ? null : EthAddress.parseAnyCase("--capacity-user", capacityUser);
        SessionSigVerifier built = verifier.build();
        PrintWriter out = spec.commandLine().getOut();
        if (resource != null) {
            SessionSigVerification result = verify(built, sig, resource, user);
            if (json) {
                out.println(JsJson.stringify(json(result)));
            } else {
                out.print(result.describe());
            }
            out.flush();
            return result.valid() ? Lit4jCli.OK : Lit4jCli.FAILED;
        }
        RequestedResources requested = RequestedResources.of(sig);
        List<SessionSigVerification> results = requested.checked().stream()
                .map(request -> verify(built, sig, request, user))
                .toList();
        boolean valid = results.stream().allMatch(SessionSigVerification::valid);
        if (json) {
            out.println(JsJson.stringify(json(requested, results, valid)));
        } else {
            out.print(text(requested, results, valid));
        }
        out.flush();
        return valid ? Lit4jCli.OK : Lit4jCli.FAILED;
    }

    private static SessionSigVerification verify(
            SessionSigVerifier verifier, SessionSig sig, ResourceAbilityRequest request, EthAddress user) {
        return user == null
                ? verifier.verify(sig, request.resource(), request.ability())
                : verifier.verifyWithCapacityDelegation(sig.authSig(), request.resource(), request.ability(), user);
    }

    // what was checked and why, each verdict in one line, the overall verdict, then each report
    private static String text(RequestedResources requested, List<SessionSigVerification> results, boolean valid) {
        StringBuilder out = new StringBuilder(1024);
        out.append("checked: ").append(requested.why()).append('\n');
        for (int i = 0; i < results.size(); i++) {
            out.append("  ")
                    .append(RequestedResources.describe(requested.checked().get(i)))
                    .append(": ")
                    .append(results.get(i).valid() ? "VALID" : "INVALID")
                    .append('\n');
        }
        requested.notChecked().forEach(entry -> out.append("  ").append(entry).append(" (not checked)\n"));
        long invalid = results.stream().filter(result -> !result.valid()).count();
        out.append("verdict: ")
                .append(
                        valid
                                ? "VALID for every one checked"
                                : "INVALID for " + invalid + " of " + results.size() + " checked")
                .append('\n');
        results.forEach(result -> out.append('\n').append(result.describe()));
        return out.toString();
    }

    private JsonValue json(RequestedResources requested, List<SessionSigVerification> results, boolean valid) {
        return JsonValue.Obj.builder()
                .put("valid", new JsonValue.Bool(valid))
                .put("node", new JsonValue.Str(PrintableText.of(node)))
                .put("checked", new JsonValue.Str(requested.why()))
                .put("results", Json.array(results, this::json))
                .put("notChecked", Json.strings(requested.notChecked()))
                .build();
    }

    private JsonValue json(SessionSigVerification result) {
        return JsonValue.Obj.builder()
                .put("valid", new JsonValue.Bool(result.valid()))
                .put("node", new JsonValue.Str(PrintableText.of(node)))
                .put("mode", new JsonValue.Str(result.mode() == VerificationMode.STRICT ? "strict" : "node-faithful"))
                .put("resource", new JsonValue.Str(result.resource().key()))
                .put("ability", new JsonValue.Str(result.ability().wireName()))
                .put("nodeError", Json.text(result.nodeError().map(code -> code.wireName())))
                .put("userAddress", Json.text(result.userAddress().map(PrintableText::of)))
                .put("reasons", Json.strings(result.reasons()))
                .put("capabilities", Json.array(result.capabilities(), VerifyCommand::capability))
                .put(
                        "capacityDelegation",
                        result.capacityDelegation()
                                .<JsonValue>map(VerifyCommand::delegation)
                                .orElse(JsonValue.Null.INSTANCE))
                .build();
    }

    private static JsonValue delegation(CapacityDelegationCheck delegation) {
        return JsonValue.Obj.builder()
                .put("user", new JsonValue.Str(delegation.user().checksummed()))
                .put("authorized", new JsonValue.Bool(delegation.authorized()))
                .put("grants", Json.array(delegation.grants(), grant -> new JsonValue.Str(grant.toString())))
                .build();
    }

    private static JsonValue capability(CapabilityCheck check) {
        return JsonValue.Obj.builder()
                .put("index", Json.number(check.index()))
                .put("derivedVia", new JsonValue.Str(PrintableText.of(check.derivedVia())))
                .put("address", new JsonValue.Str(PrintableText.of(check.address())))
                .put("accepted", new JsonValue.Bool(check.isAccepted()))
                .put("passed", Json.array(check.passed(), rule -> new JsonValue.Str(rule.name())))
                .put(
                        "failure",
                        Json.text(check.failure()
                                .map(finding -> PrintableText.of(finding.reason(), PrintableText.MAX_LINE_LENGTH))))
                .build();
    }
}
