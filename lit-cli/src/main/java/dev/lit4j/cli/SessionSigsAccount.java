package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.verify.CapacityDelegationGrant;
import dev.lit4j.domain.verify.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A readable account of a set of session sigs at a moment: the session key; every expiry (the session's,
 * each capability's, each delegation's) with the time left; the nodes and whether each entry's signature
 * holds; what the session asks for; what each capability is, and what its ReCaps grant and delegate.
 * It explains and judges nothing beyond the signatures: {@code lit4j verify} decides. Every value taken from
 * the session sigs is escaped and bounded ({@link PrintableText}), in the text and in the JSON.
 */
final class SessionSigsAccount {
    private final Instant at;
    private final SessionPublicKey sessionKey;
    private final List<NodeEntry> nodes = new ArrayList<>();
    private final SessionSignedMessage session;
    private final List<CapabilityAccount> capabilities = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * One node's entry.
     *
     * @param url the node URL the map names
     * @param nodeAddress the node address its message names, or empty if the message does not parse
     * @param signature {@code valid}, or why the Ed25519 signature does not hold
     * @param sameSession true if its message is the first entry's apart from the node address
     */
    private record NodeEntry(String url, Optional<String> nodeAddress, String signature, boolean sameSession) {}

    /** One expiry. */
    private record Expiry(String what, Optional<Integer> capability, String time) {}

    private SessionSigsAccount(SessionSigs sigs, Instant at) {
        this.at = at;
        this.sessionKey = sigs.sessionKey();
        SessionSignedMessage first = null;
        boolean firstEntry = true;
        for (Map.Entry<String, SessionSig> entry : sigs.byNodeUrl().entrySet()) {
            SessionSignedMessage message = null;
            try {
                message = SessionSignedMessage.parse(entry.getValue().signedMessage());
            } catch (InvalidInputException e) {
                problems.add("the entry for " + entry.getKey() + " has no session-signed message: " + e.getMessage());
            }
            if (firstEntry) {
                first = message;
                firstEntry = false;
            }
            nodes.add(new NodeEntry(
                    entry.getKey(),
                    Optional.ofNullable(message).map(SessionSignedMessage::nodeAddress),
                    signature(entry.getValue()),
                    message != null && first != null && sameSession(first, message)));
        }
        this.session = first;
        if (first != null) {
            for (int i = 0; i < first.capabilities().size(); i++) {
                capabilities.add(CapabilityAccount.of(i, first.capabilities().get(i), sessionKey));
            }
        }
    }

    /** The account of {@code sigs} at {@code at}. */
    static SessionSigsAccount of(SessionSigs sigs, Instant at) {
        InvalidInputException.requireNonNull("sessionSigs", sigs);
        InvalidInputException.requireNonNull("at", at);
        return new SessionSigsAccount(sigs, at);
    }

    /** The account for people, one fact a line. */
    String text() {
        StringBuilder out = new StringBuilder(2048);
        out.append("session key  ").append(sessionKey.hex()).append('\n');
        out.append("at           ").append(JsTime.format(at)).append('\n');
        if (session != null) {
            out.append("issued at    ")
                    .append(PrintableText.of(session.issuedAt()))
                    .append('\n');
        }
        out.append("expiries\n");
        for (Expiry expiry : expiries()) {
            String label = expiry.what()
                    + expiry.capability().map(i -> " (capability " + i + ")").orElse("");
            out.append("  ")
                    .append(pad(label, 26))
                    .append(' ')
                    .append(PrintableText.of(expiry.time()))
                    .append("  ")
                    .append(timeLeft(expiry.time()))
                    .append('\n');
        }
        out.append("nodes (").append(nodes.size()).append(")\n");
        for (NodeEntry node : nodes) {
            out.append("  ")
                    .append(PrintableText.of(node.url()))
                    .append("  signature ")
                    .append(line(node.signature()))
                    .append(node.nodeAddress()
                            .map(address -> "; nodeAddress " + PrintableText.of(address))
                            .orElse(""))
                    .append(node.sameSession() ? "" : "; NOT the session of the first entry")
                    .append('\n');
        }
        if (session != null) {
            out.append("requested\n");
            session.resourceAbilityRequests()
                    .forEach(entry -> out.append("  ")
                            .append(PrintableText.of(entry.toString()))
                            .append('\n'));
            out.append("capabilities (").append(capabilities.size()).append(")\n");
            capabilities.forEach(capability -> describe(out, capability));
            out.append("delegations\n");
            List<String> delegations = delegationLines();
            if (delegations.isEmpty()) {
                out.append("  none\n");
            }
            delegations.forEach(
                    delegation -> out.append("  ").append(line(delegation)).append('\n'));
        }
        if (!problems.isEmpty()) {
            out.append("problems\n");
            problems.forEach(problem -> out.append("  ").append(line(problem)).append('\n'));
        }
        return out.toString();
    }

    /** The account as JSON. */
    JsonValue json() {
        JsonValue.Obj.Builder out = JsonValue.Obj.builder()
                .put("at", new JsonValue.Str(JsTime.format(at)))
                .put("sessionKey", new JsonValue.Str(sessionKey.hex()))
                .put("issuedAt", Json.text(Optional.ofNullable(session).map(SessionSignedMessage::issuedAt)))
                .put("expiries", Json.array(expiries(), this::json))
                .put(
                        "nodes",
                        Json.array(
                                nodes,
                                node -> JsonValue.Obj.builder()
                                        .put("url", new JsonValue.Str(PrintableText.of(node.url())))
                                        .put(
                                                "nodeAddress",
                                                Json.text(node.nodeAddress().map(PrintableText::of)))
                                        .put("signature", new JsonValue.Str(line(node.signature())))
                                        .put("sameSession", new JsonValue.Bool(node.sameSession()))
                                        .build()));
        if (session != null) {
            out.put(
                    "resourceAbilityRequests",
                    Json.array(
                            session.resourceAbilityRequests(),
                            entry -> JsonValue.Obj.builder()
                                    .put(
                                            "resource",
                                            new JsonValue.Str(PrintableText.of(
                                                    entry.resourcePrefix() + "://" + entry.resource())))
                                    .put("ability", new JsonValue.Str(PrintableText.of(entry.ability())))
                                    .build()));
            out.put("capabilities", Json.array(capabilities, SessionSigsAccount::json));
            List<CapacityDelegationGrant> grants = capabilities.stream()
                    .flatMap(capability -> capability.delegations().grants().stream())
                    .toList();
            out.put("delegations", Json.array(grants, this::json));
        }
        return out.put("problems", Json.array(problems, problem -> new JsonValue.Str(line(problem))))
                .build();
    }

    private List<Expiry> expiries() {
        List<Expiry> expiries = new ArrayList<>();
        if (session != null) {
            expiries.add(new Expiry("outer", Optional.empty(), session.expiration()));
        }
        for (CapabilityAccount capability : capabilities) {
            capability
                    .siwe()
                    .map(SiweMessage::expirationTime)
                    .ifPresent(time ->
                            expiries.add(new Expiry(capability.role().label(), Optional.of(capability.index()), time)));
        }
        return expiries;
    }

    private void describe(StringBuilder out, CapabilityAccount capability) {
        out.append("  capability ")
                .append(capability.index())
                .append(": ")
                .append(capability.kind())
                .append(" by ")
                .append(PrintableText.of(capability.authSig().address()))
                .append("; ")
                .append(capability.role().words())
                .append('\n');
        capability.siwe().ifPresent(siwe -> {
            out.append("    SIWE by ")
                    .append(siwe.address())
                    .append(" for ")
                    .append(PrintableText.of(siwe.uri()))
                    .append(", domain ")
                    .append(PrintableText.of(siwe.domain()))
                    .append(", issued ")
                    .append(PrintableText.of(siwe.issuedAt()));
            out.append(
                    siwe.expirationTime() == null
                            ? ", no expiration"
                            : ", expires " + PrintableText.of(siwe.expirationTime()) + " ("
                                    + timeLeft(siwe.expirationTime()) + ")");
            out.append(siwe.notBefore() == null ? "" : ", not before " + PrintableText.of(siwe.notBefore()))
                    .append('\n');
        });
        for (Recap recap : capability.recaps()) {
            out.append("    ReCap\n");
            int width = recap.attenuations().keySet().stream()
                    .mapToInt(key -> PrintableText.of(key).length())
                    .max()
                    .orElse(0);
            for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> resource :
                    recap.attenuations().entrySet()) {
                for (Map.Entry<String, List<JsonValue.Obj>> ability :
                        resource.getValue().entrySet()) {
                    out.append("      ")
                            .append(pad(PrintableText.of(resource.getKey()), width))
                            .append("  ")
                            .append(PrintableText.of(ability.getKey()));
                    ability.getValue().stream()
                            .filter(restriction -> !restriction.isEmpty())
                            .forEach(restriction -> out.append(' ').append(line(JsJson.stringify(restriction))));
                    out.append('\n');
                }
            }
        }
        capability
                .otherResources()
                .forEach(resource -> out.append("    resource ")
                        .append(PrintableText.of(resource))
                        .append('\n'));
        capability
                .problems()
                .forEach(problem ->
                        out.append("    problem: ").append(line(problem)).append('\n'));
    }

    private List<String> delegationLines() {
        List<String> lines = new ArrayList<>();
        for (CapabilityAccount capability : capabilities) {
            for (CapacityDelegationGrant grant : capability.delegations().grants()) {
                lines.add(grant
                        + grant.expiration()
                                .map(time -> " (" + timeLeft(time) + ")")
                                .orElse(""));
            }
            capability.delegations().problems().stream().map(Finding::toString).forEach(lines::add);
        }
        return lines;
    }

    private JsonValue json(Expiry expiry) {
        return JsonValue.Obj.builder()
                .put("what", new JsonValue.Str(expiry.what()))
                .put(
                        "capability",
                        expiry.capability().<JsonValue>map(Json::number).orElse(JsonValue.Null.INSTANCE))
                .put("time", new JsonValue.Str(PrintableText.of(expiry.time())))
                .put("secondsLeft", secondsLeft(expiry.time()))
                .build();
    }

    private static JsonValue json(CapabilityAccount capability) {
        return JsonValue.Obj.builder()
                .put("index", Json.number(capability.index()))
                .put(
                        "derivedVia",
                        new JsonValue.Str(PrintableText.of(capability.authSig().derivedVia())))
                .put(
                        "address",
                        new JsonValue.Str(PrintableText.of(capability.authSig().address())))
                .put("kind", new JsonValue.Str(capability.kind()))
                .put("role", new JsonValue.Str(capability.role().label()))
                .put(
                        "siwe",
                        capability
                                .siwe()
                                .<JsonValue>map(siwe -> JsonValue.Obj.builder()
                                        .put(
                                                "address",
                                                new JsonValue.Str(siwe.address().checksummed()))
                                        .put("domain", new JsonValue.Str(PrintableText.of(siwe.domain())))
                                        .put("uri", new JsonValue.Str(PrintableText.of(siwe.uri())))
                                        .put(
                                                "statement",
                                                Json.text(Optional.ofNullable(siwe.statement())
                                                        .map(SessionSigsAccount::line)))
                                        .put("issuedAt", new JsonValue.Str(PrintableText.of(siwe.issuedAt())))
                                        .put(
                                                "expirationTime",
                                                Json.text(Optional.ofNullable(siwe.expirationTime())
                                                        .map(PrintableText::of)))
                                        .put(
                                                "notBefore",
                                                Json.text(Optional.ofNullable(siwe.notBefore())
                                                        .map(PrintableText::of)))
                                        .build())
                                .orElse(JsonValue.Null.INSTANCE))
                .put(
                        "recaps",
                        Json.array(
                                capability.recaps(), recap -> JsonValueParser.parse("recap", recap.toCanonicalJson())))
                .put(
                        "otherResources",
                        Json.array(
                                capability.otherResources(), resource -> new JsonValue.Str(PrintableText.of(resource))))
                .put("problems", Json.array(capability.problems(), problem -> new JsonValue.Str(line(problem))))
                .build();
    }

    private JsonValue json(CapacityDelegationGrant grant) {
        return JsonValue.Obj.builder()
                .put("capability", Json.number(grant.capabilityIndex()))
                .put("owner", new JsonValue.Str(grant.owner().checksummed()))
                .put("resource", new JsonValue.Str(PrintableText.of(grant.resource())))
                .put(
                        "nftIds",
                        grant.tokenIds()
                                .<JsonValue>map(SessionSigsAccount::printable)
                                .orElse(JsonValue.Null.INSTANCE))
                .put(
                        "delegateTo",
                        grant.delegatees()
                                .<JsonValue>map(SessionSigsAccount::printable)
                                .orElse(JsonValue.Null.INSTANCE))
                .put("uses", Json.text(grant.uses().map(PrintableText::of)))
                .put("expiration", Json.text(grant.expiration().map(PrintableText::of)))
                .put("secondsLeft", grant.expiration().map(this::secondsLeft).orElse(JsonValue.Null.INSTANCE))
                .build();
    }

    private String timeLeft(String time) {
        return parse(time).map(instant -> TimeLeft.describe(instant, at)).orElse("not an RFC 3339 time");
    }

    private JsonValue secondsLeft(String time) {
        return parse(time)
                .map(instant -> Json.number(TimeLeft.seconds(instant, at)))
                .orElse(JsonValue.Null.INSTANCE);
    }

    private static Optional<Instant> parse(String time) {
        try {
            return Optional.of(JsTime.parse("time", time));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static String signature(SessionSig sig) {
        try {
            sig.verifySignature();
            return "valid";
        } catch (LitException e) {
            return "INVALID: " + e.getMessage();
        }
    }

    private static boolean sameSession(SessionSignedMessage first, SessionSignedMessage other) {
        return first.sessionKey().equals(other.sessionKey())
                && first.resourceAbilityRequests().equals(other.resourceAbilityRequests())
                && first.capabilities().equals(other.capabilities())
                && first.issuedAt().equals(other.issuedAt())
                && first.expiration().equals(other.expiration());
    }

    // a line quoting values from the session sigs (an error message, a problem): escaped and bounded as a whole
    private static String line(String text) {
        return PrintableText.of(text, PrintableText.MAX_LINE_LENGTH);
    }

    private static JsonValue.Arr printable(List<String> values) {
        return Json.array(values, value -> new JsonValue.Str(PrintableText.of(value)));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
