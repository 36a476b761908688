package dev.lit4j.cli;

import static dev.lit4j.cli.FlowVector.ISSUED_AT;
import static dev.lit4j.cli.FlowVector.NODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j verify} on the JS SDK's session sig (session-sig-flow.json). */
class VerifyCommandTest {
    private static final String MAP = FlowVector.mapFile().toString();

    @TempDir
    Path dir;

    @Test
    void theVectorsSessionSigIsValidWhenItWasIssuedForEveryResourceItRequests() {
        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, MAP);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(
                "checked: every resource and ability the session sig requests, as no --resource was given\n"
                        + "  lit-pkp://* pkp-signing: VALID\n"
                        + "  lit-litaction://* lit-action-execution: VALID\n"
                        + "verdict: VALID for every one checked\n"
                        + "\n" + validVectorReport("pkp-signing", "lit-pkp://*")
                        + "\n" + validVectorReport("lit-action-execution", "lit-litaction://*"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void withAResourceOnlyThatIsCheckedAsBefore() {
        Cli.Run run =
                Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, "--resource", "lit-pkp://*=pkp-signing", MAP);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(validVectorReport("pkp-signing", "lit-pkp://*"), run.out());
    }

    /** What describe() says of the vector's session sig, valid for {@code ability} on {@code resource}. */
    private static String validVectorReport(String ability, String resource) {
        return "session sig VALID (node-faithful mode) for " + ability + " on " + resource + "\n"
                + "a Lit node accepts the session sig\n"
                + "user address: " + FlowVector.WALLET + "\n"
                + "capabilities:\n"
                + "  - capability 0 (web3.eth.personal.sign " + FlowVector.WALLET + "): accepted (passed:"
                + " CAPABILITY_SIWE, CAPABILITY_KIND, CAPABILITY_TIME, CAPABILITY_SIGNATURE, CAPABILITY_URI,"
                + " CAPABILITY_RECAP_STATEMENT, CAPABILITY_RECAP_GRANT)\n";
    }

    @Test
    void aSessionSigForOnePkpAndOneLitActionIsValidWithoutNamingThem() throws IOException {
        String tokenId = "8e1a6c2b9d4f3e5a7b6c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";
        String action = "QmSJ3w5TorMq2yv8JdMXJGVadWDe3yctGWujZdc7sF88gt";
        Path specific = dir.resolve("specific.json");
        Files.writeString(
                specific,
                SessionSigsJson.toJson(FlowVector.sessionFor(
                        NODE,
                        List.of(
                                ResourceAbilityRequest.of(LitResource.pkp(tokenId), LitAbility.PKP_SIGNING),
                                ResourceAbilityRequest.of(
                                        LitResource.litAction(action), LitAbility.LIT_ACTION_EXECUTION)),
                        List.of(FlowVector.EOA_AUTH_SIG))));

        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, specific.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(
                run.out()
                        .startsWith("checked: every resource and ability the session sig requests, as no"
                                + " --resource was given\n"
                                + "  lit-pkp://" + tokenId + " pkp-signing: VALID\n"
                                + "  lit-litaction://" + action + " lit-action-execution: VALID\n"
                                + "verdict: VALID for every one checked\n\n"),
                run.out());
        assertFalse(run.out().contains("INVALID"), run.out());

        Cli.Run json = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, "--json", specific.toString());
        JsonValue.Obj verdict =
                (JsonValue.Obj) JsonValueParser.parse("out", json.out().strip());
        assertEquals(new JsonValue.Bool(true), verdict.get("valid").orElseThrow());
        assertEquals(
                2,
                ((JsonValue.Arr) verdict.get("results").orElseThrow()).items().size());
    }

    @Test
    void entriesLit4jCannotCheckAreListedAndANodeIsAskedForTheRest() throws IOException {
        // an unknown ability beside a known one, signed by the session key
        SessionSigs sigs = SessionSigsJson.parse(Files.readString(FlowVector.mapFile()));
        String message = sigs.forNode(NODE)
                .orElseThrow()
                .signedMessage()
                .replace("\"ability\":\"pkp-signing\"", "\"ability\":\"fly\"");
        SessionKeyPair key = SessionKeyPair.fromSeed(Hex.decode("seed", FlowVector.SESSION_KEY_SEED));
        Path odd = dir.resolve("odd.json");
        Files.writeString(odd, SessionSigsJson.toJson(new SessionSigs(Map.of(NODE, SessionSig.sign(key, message)))));

        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, odd.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(
                run.out()
                        .startsWith("checked: every resource and ability the session sig requests, as no"
                                + " --resource was given\n"
                                + "  lit-litaction://* lit-action-execution: VALID\n"
                                + "  lit-pkp://* fly: ability: unknown ability \"fly\""),
                run.out());
        assertTrue(run.out().contains(" (not checked)\nverdict: VALID for every one checked\n"), run.out());
    }

    @Test
    void aDayLaterItHasExpired() {
        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", "2025-01-16T10:00:05.123Z", MAP);
        assertEquals(1, run.exitCode());
        assertTrue(
                run.out()
                        .startsWith("checked: every resource and ability the session sig requests, as no"
                                + " --resource was given\n"
                                + "  lit-pkp://* pkp-signing: INVALID\n"
                                + "  lit-litaction://* lit-action-execution: INVALID\n"
                                + "verdict: INVALID for 2 of 2 checked\n"),
                run.out());
        assertTrue(
                run.out()
                        .contains("\n\nsession sig INVALID (node-faithful mode) for pkp-signing on lit-pkp://*\n"
                                + "a Lit node answers NodeSIWECapabilityInvalid (HTTP 400): Invalid Capability object in SIWE resource"
                                + " ReCap\n"
                                + "failed rules:\n"
                                + "  - capability 0 (web3.eth.personal.sign " + FlowVector.WALLET
                                + "): its SIWE expired at"
                                + " 2025-01-16T10:00:00.000Z; now is 2025-01-16T10:00:05.123Z [§2.6]\n"),
                run.out());
        assertEquals("", run.err(), "an invalid session sig is the answer, not a failure");
    }

    @Test
    void pastTheGraceTheSessionItselfHasExpired() {
        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", "2025-01-17T10:00:00Z", MAP);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("a Lit node answers NodeExpWrongOrTooLarge"), run.out());
        assertTrue(
                run.out()
                        .endsWith(
                                "failed rules:\n  - session sig: the session expired at 2025-01-16T10:00:00.000Z,"
                                        + " 86400 s before now (2025-01-17T10:00:00Z); at most 60 s of grace are allowed [§2.4]\n"),
                run.out());
    }

    @Test
    void strictModeAndOtherResourcesOfTheSession() {
        assertEquals(
                0,
                Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, "--strict", MAP)
                        .exitCode());
        Cli.Run action = Cli.run(
                "verify",
                "--node",
                NODE,
                "--at",
                ISSUED_AT,
                "--strict",
                "--resource",
                "lit-litaction://*=lit-action-execution",
                MAP);
        assertEquals(0, action.exitCode(), action.out());
        assertTrue(
                action.out()
                        .startsWith(
                                "session sig VALID (strict mode) for lit-action-execution on" + " lit-litaction://*\n"),
                action.out());
        assertEquals(
                0,
                Cli.run(
                                "verify",
                                "--node",
                                NODE,
                                "--at",
                                ISSUED_AT,
                                "--resource",
                                "lit-pkp://" + "ab".repeat(32) + "=pkp-signing",
                                MAP)
                        .exitCode(),
                "the wildcard covers every PKP");
    }

    @Test
    void aResourceTheSessionDoesNotAskForIsRefused() {
        Cli.Run run = Cli.run(
                "verify",
                "--node",
                NODE,
                "--at",
                ISSUED_AT,
                "--resource",
                "lit-ratelimitincrease://*=rate-limit-increase-auth",
                MAP);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("a Lit node answers NodeResourceIdNotFound"), run.out());
        assertTrue(run.out().contains("no resourceAbilityRequests entry covers lit-ratelimitincrease://*"), run.out());
    }

    @Test
    void anotherNodesAddressIsRefusedAndAMissingEntryIsAFailure() throws IOException {
        Path other = dir.resolve("other-node.json");
        Files.writeString(
                other, Files.readString(FlowVector.mapFile()).replace("\"" + NODE + "\":", "\"https://1.2.3.4:443\":"));
        Cli.Run run = Cli.run("verify", "--node", "https://1.2.3.4:443", "--at", ISSUED_AT, other.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("a Lit node answers NodeNotAuthorized"), run.out());

        Cli.Run missing = Cli.run("verify", "--node", "https://1.2.3.4:443", MAP);
        assertEquals(1, missing.exitCode());
        assertEquals("", missing.out());
        assertEquals(
                "lit4j verify: --node: the session sigs have no entry for \"https://1.2.3.4:443\"; they have " + NODE
                        + "\n",
                missing.err());
    }

    @Test
    void aSpoofedNodeAddressCannotPrintAVerdict() throws IOException {
        Path spoofed = dir.resolve("spoofed.json");
        Files.writeString(
                spoofed,
                SessionSigsJson.toJson(
                        FlowVector.sessionFor(FlowVector.SPOOFED_NODE_ADDRESS, List.of(FlowVector.EOA_AUTH_SIG))));

        Cli.Run run = Cli.run(
                "verify",
                "--node",
                NODE,
                "--at",
                ISSUED_AT,
                "--resource",
                "lit-pkp://*=pkp-signing",
                spoofed.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertSafeToPrint(run.out());
        assertEquals(
                1,
                run.out()
                        .lines()
                        .filter(line -> line.startsWith("session sig "))
                        .count(),
                run.out());
        assertTrue(
                run.out()
                        .startsWith("session sig INVALID (node-faithful mode) for pkp-signing on lit-pkp://*\n"
                                + "a Lit node answers NodeNotAuthorized (HTTP 403): "),
                run.out());
        assertTrue(run.out().contains("nodeAddress \"" + NODE + "\\n\\u001b[32msession sig VALID"), run.out());

        Cli.Run json = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, "--json", spoofed.toString());
        assertSafeToPrint(json.out());
        Cli.Run every = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, spoofed.toString());
        assertSafeToPrint(every.out());
        assertEquals(
                0,
                every.out()
                        .lines()
                        .filter(line -> line.startsWith("session sig VALID"))
                        .count(),
                every.out());
    }

    @Test
    void aHugeAddressMakesABoundedReport() throws IOException {
        Path huge = dir.resolve("huge.json");
        AuthSig eoa = FlowVector.EOA_AUTH_SIG;
        Files.writeString(
                huge,
                SessionSigsJson.toJson(FlowVector.sessionFor(
                        NODE, List.of(AuthSig.wallet(eoa.sig(), eoa.signedMessage(), "0x" + "ab".repeat(5_000_000))))));

        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, "--strict", huge.toString());
        Cli.Run json = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, "--strict", "--json", huge.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().length() < 5_000, run.out().length() + " characters");
        assertTrue(run.out().contains("abab… (9999802 more characters)"), run.out());
        assertTrue(json.out().length() < 10_000, json.out().length() + " characters");
    }

    /** Nothing a terminal would act on: no control character but the line feeds, no separator, no bidi control. */
    static void assertSafeToPrint(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            int type = Character.getType(c);
            assertTrue(
                    c == '\n'
                            || (type != Character.CONTROL
                                    && type != Character.FORMAT
                                    && type != Character.LINE_SEPARATOR
                                    && type != Character.PARAGRAPH_SEPARATOR),
                    "character U+" + Integer.toHexString(c) + " at " + i + " in " + out);
        }
    }

    @Test
    void aTamperedSignatureIsRefused() throws IOException {
        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(FlowVector.mapFile()).replace("\"sig\":\"e78c", "\"sig\":\"e78d"));
        Cli.Run run = Cli.run("verify", "--node", NODE, "--at", ISSUED_AT, tampered.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("a Lit node answers NodeInvalidAuthSigSessionKeySignature"), run.out());
    }

    @Test
    void readsStandardInputAndPrintsJson() throws IOException {
        byte[] map = Files.readAllBytes(FlowVector.mapFile());
        Cli.Run run = Cli.run(
                new ByteArrayInputStream(map),
                "verify",
                "--node",
                NODE,
                "--at",
                ISSUED_AT,
                "--json",
                "--resource",
                "lit-pkp://*=pkp-signing");
        assertEquals(0, run.exitCode(), run.err());
        JsonValue.Obj json =
                (JsonValue.Obj) JsonValueParser.parse("out", run.out().strip());
        assertEquals(new JsonValue.Bool(true), json.get("valid").orElseThrow());
        assertEquals(new JsonValue.Str("node-faithful"), json.get("mode").orElseThrow());
        assertEquals(JsonValue.Null.INSTANCE, json.get("nodeError").orElseThrow());
        assertEquals(
                new JsonValue.Str(FlowVector.WALLET), json.get("userAddress").orElseThrow());
        assertEquals(
                1,
                ((JsonValue.Arr) json.get("capabilities").orElseThrow()).items().size());

        Cli.Run late = Cli.run(
                new ByteArrayInputStream(map),
                "verify",
                "--node",
                NODE,
                "--at",
                "2025-01-17T10:00:00Z",
                "--json",
                "--resource",
                "lit-pkp://*=pkp-signing",
                "-");
        assertEquals(1, late.exitCode());
        JsonValue.Obj refused =
                (JsonValue.Obj) JsonValueParser.parse("out", late.out().strip());
        assertEquals(
                new JsonValue.Str("NodeExpWrongOrTooLarge"),
                refused.get("nodeError").orElseThrow());
        assertEquals(
                1,
                ((JsonValue.Arr) refused.get("reasons").orElseThrow()).items().size());
    }

    @Test
    void unreadableInputFailsNamingIt() throws IOException {
        Cli.Run absent =
                Cli.run("verify", "--node", NODE, dir.resolve("absent.json").toString());
        assertEquals(1, absent.exitCode());
        assertEquals(
                "lit4j verify: FILE: cannot read " + dir.resolve("absent.json") + ": no such file or directory",
                absent.firstErrorLine());

        Path notJson = dir.resolve("not.json");
        Files.writeString(notJson, "[1,2]");
        Cli.Run malformed = Cli.run("verify", "--node", NODE, notJson.toString());
        assertEquals(1, malformed.exitCode());
        assertEquals(
                "lit4j verify: sessionSigs: expected an object of node URL to session sig, found an array",
                malformed.firstErrorLine());
    }

    @Test
    void withACapacityUserTheDelegationMustNameIt() throws IOException {
        Path file = dir.resolve("delegated.json");
        Files.writeString(file, SessionSigsJson.toJson(FlowVector.delegatedSession()));
        String node = "https://127.0.0.1:7470";

        Cli.Run delegatee = Cli.run(
                "verify",
                "--node",
                node,
                "--at",
                ISSUED_AT,
                "--resource",
                "lit-pkp://*=pkp-signing",
                "--capacity-user",
                FlowVector.DELEGATEE.toLowerCase(Locale.ROOT),
                file.toString());
        assertEquals(0, delegatee.exitCode(), delegatee.out());
        assertTrue(
                delegatee
                        .out()
                        .endsWith(
                                "capacity delegation for " + FlowVector.DELEGATEE + ": AUTHORIZED\n"
                                        + "  - capability 0 delegates lit-ratelimitincrease://25364 of "
                                        + FlowVector.WALLET + ": NFTs 25364;"
                                        + " delegatees 70997970C51812dc3A010C7d01b50e0d17dc79C8; uses 100; expires 2025-01-22T10:00:00.000Z\n"),
                delegatee.out());

        Cli.Run stranger = Cli.run(
                "verify",
                "--node",
                node,
                "--at",
                ISSUED_AT,
                "--json",
                "--resource",
                "lit-pkp://*=pkp-signing",
                "--capacity-user",
                FlowVector.WALLET,
                file.toString());
        assertEquals(1, stranger.exitCode());
        JsonValue.Obj json =
                (JsonValue.Obj) JsonValueParser.parse("out", stranger.out().strip());
        JsonValue.Obj delegation =
                (JsonValue.Obj) json.get("capacityDelegation").orElseThrow();
        assertEquals(new JsonValue.Bool(false), delegation.get("authorized").orElseThrow());
        assertEquals(JsonValue.Null.INSTANCE, json.get("nodeError").orElseThrow(), "the session sig itself is fine");
    }

    @Test
    void aMalformedNetworkKeyFailsAndAMissingNodeIsAUsageError() {
        Cli.Run key = Cli.run("verify", "--node", NODE, "--network-key", "abc", MAP);
        assertEquals(2, key.exitCode());
        assertEquals(
                "lit4j verify: Invalid value for option '--network-key': hex must have an even number of digits,"
                        + " got 3",
                key.firstErrorLine());

        Cli.Run noNode = Cli.run("verify", MAP);
        assertEquals(2, noNode.exitCode());
        assertEquals("lit4j verify: Missing required option: '--node=URL'", noNode.firstErrorLine());
    }
}
