package dev.lit4j.cli;

import static dev.lit4j.cli.FlowVector.ISSUED_AT;
import static dev.lit4j.cli.FlowVector.NODE;
import static dev.lit4j.cli.FlowVector.SESSION_KEY;
import static dev.lit4j.cli.FlowVector.WALLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.session.SessionSigsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j inspect}: the account of the JS SDK's session sig, and of a session with a capacity delegation. */
class InspectCommandTest {
    private static final String URI = "lit:session:" + SESSION_KEY;

    @TempDir
    Path dir;

    @Test
    void accountOfTheVectorsSessionSig() {
        Cli.Run run = Cli.run("inspect", "--at", ISSUED_AT, FlowVector.mapFile().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "session key  " + SESSION_KEY + "\n"
                        + "at           2025-01-15T10:00:05.123Z\n"
                        + "issued at    2025-01-15T10:00:05.123Z\n"
                        + "expiries\n"
                        + "  outer                      2025-01-16T10:00:00.000Z  in 23h 59m 54s\n"
                        + "  inner (capability 0)       2025-01-16T10:00:00.000Z  in 23h 59m 54s\n"
                        + "nodes (1)\n"
                        + "  " + NODE + "  signature valid; nodeAddress " + NODE + "\n"
                        + "requested\n"
                        + "  lit-pkp://* pkp-signing\n"
                        + "  lit-litaction://* lit-action-execution\n"
                        + "capabilities (1)\n"
                        + "  capability 0: wallet signature (EIP-191) by " + WALLET
                        + "; delegates to this session key\n"
                        + "    SIWE by " + WALLET + " for " + URI
                        + ", domain localhost, issued 2025-01-15T10:00:00.000Z,"
                        + " expires 2025-01-16T10:00:00.000Z (in 23h 59m 54s)\n"
                        + "    ReCap\n"
                        + "      lit-litaction://*  Threshold/Execution\n"
                        + "      lit-pkp://*        Threshold/Signing\n"
                        + "delegations\n"
                        + "  none\n",
                run.out());
    }

    @Test
    void accountOfASessionWithACapacityDelegation() throws IOException {
        Path file = dir.resolve("delegated.json");
        Files.writeString(file, SessionSigsJson.toJson(FlowVector.delegatedSession()));

        Cli.Run run = Cli.run("inspect", "--at", "2025-01-17T10:00:00Z", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(
                out.contains("expiries\n"
                        + "  outer                      2025-01-16T10:00:00.000Z  1d 0h 0m 0s ago\n"
                        + "  delegation (capability 0)  2025-01-22T10:00:00.000Z  in 5d 0h 0m 0s\n"
                        + "  inner (capability 1)       2025-01-16T10:00:00.000Z  1d 0h 0m 0s ago\n"),
                out);
        assertTrue(
                out.contains("  https://127.0.0.1:7470  signature valid; nodeAddress https://127.0.0.1:7470\n"
                        + "  https://127.0.0.1:7471  signature valid; nodeAddress https://127.0.0.1:7471\n"),
                out);
        assertTrue(
                out.contains("  capability 0: wallet signature (EIP-191) by " + WALLET + "; a capacity delegation\n"
                        + "    SIWE by " + WALLET + " for lit:capability:delegation, domain localhost, issued"
                        + " 2025-01-15T10:00:00.000Z, expires 2025-01-22T10:00:00.000Z (in 5d 0h 0m 0s)\n"
                        + "    ReCap\n"
                        + "      lit-ratelimitincrease://25364  Auth/Auth {\"delegate_to\":"
                        + "[\"70997970C51812dc3A010C7d01b50e0d17dc79C8\"],\"nft_id\":[\"25364\"],\"uses\":\"100\"}\n"),
                out);
        assertTrue(
                out.endsWith("delegations\n"
                        + "  capability 0 delegates lit-ratelimitincrease://25364 of " + WALLET
                        + ": NFTs 25364; delegatees"
                        + " 70997970C51812dc3A010C7d01b50e0d17dc79C8; uses 100; expires 2025-01-22T10:00:00.000Z"
                        + " (in 5d 0h 0m 0s)\n"),
                out);
    }

    @Test
    void jsonAccountWithSecondsLeftAndDelegations() throws IOException {
        byte[] map = SessionSigsJson.toJson(FlowVector.delegatedSession()).getBytes(StandardCharsets.UTF_8);

        Cli.Run run = Cli.run(new ByteArrayInputStream(map), "inspect", "--json", "--at", ISSUED_AT);

        assertEquals(0, run.exitCode(), run.err());
        JsonValue.Obj json =
                (JsonValue.Obj) JsonValueParser.parse("out", run.out().strip());
        assertEquals(new JsonValue.Str(SESSION_KEY), json.get("sessionKey").orElseThrow());
        JsonValue.Obj outer = (JsonValue.Obj)
                ((JsonValue.Arr) json.get("expiries").orElseThrow()).items().get(0);
        assertEquals(new JsonValue.Str("outer"), outer.get("what").orElseThrow());
        assertEquals(new JsonValue.Num(86_394), outer.get("secondsLeft").orElseThrow());
        List<JsonValue> capabilities = ((JsonValue.Arr) json.get("capabilities").orElseThrow()).items();
        assertEquals(
                new JsonValue.Str("delegation"),
                ((JsonValue.Obj) capabilities.get(0)).get("role").orElseThrow());
        assertEquals(
                new JsonValue.Str("inner"),
                ((JsonValue.Obj) capabilities.get(1)).get("role").orElseThrow());
        JsonValue.Obj grant = (JsonValue.Obj)
                ((JsonValue.Arr) json.get("delegations").orElseThrow()).items().get(0);
        assertEquals(new JsonValue.Str("100"), grant.get("uses").orElseThrow());
        assertEquals(
                new JsonValue.Arr(List.of(new JsonValue.Str("25364"))),
                grant.get("nftIds").orElseThrow());
        assertEquals(
                new JsonValue.Num(604_794), grant.get("secondsLeft").orElseThrow(), "604 794.877 s, in whole seconds");
        assertEquals(new JsonValue.Arr(List.of()), json.get("problems").orElseThrow());
    }

    @Test
    void aTamperedEntryIsShownAsSuch() throws IOException {
        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(FlowVector.mapFile()).replace("\"sig\":\"e78c", "\"sig\":\"e78d"));
        Cli.Run run = Cli.run("inspect", "--at", ISSUED_AT, tampered.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  " + NODE + "  signature INVALID: sessionSig.sig: "), run.out());
    }

    @Test
    void aSpoofedNodeAddressAndAHugeAddressArePrintedEscapedAndBounded() throws IOException {
        AuthSig eoa = FlowVector.EOA_AUTH_SIG;
        Path spoofed = dir.resolve("spoofed.json");
        Files.writeString(
                spoofed,
                SessionSigsJson.toJson(FlowVector.sessionFor(
                        FlowVector.SPOOFED_NODE_ADDRESS,
                        List.of(AuthSig.wallet(eoa.sig(), eoa.signedMessage(), "0x" + "ab".repeat(5_000_000))))));

        Cli.Run run = Cli.run("inspect", "--at", ISSUED_AT, spoofed.toString());
        Cli.Run json = Cli.run("inspect", "--at", ISSUED_AT, "--json", spoofed.toString());

        assertEquals(0, run.exitCode(), run.err());
        VerifyCommandTest.assertSafeToPrint(run.out());
        VerifyCommandTest.assertSafeToPrint(json.out());
        assertTrue(run.out().contains("; nodeAddress " + NODE + "\\n\\u001b[32msession sig VALID"), run.out());
        assertTrue(run.out().length() < 10_000, run.out().length() + " characters");
        assertTrue(run.out().contains("abab… (9999802 more characters)"), run.out());
        assertTrue(json.out().length() < 10_000, json.out().length() + " characters");
    }

    @Test
    void malformedInputFails() {
        Cli.Run run = Cli.run(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), "inspect");
        assertEquals(1, run.exitCode());
        assertEquals(
                "lit4j inspect: sessionSigs: has no entries; there must be a session sig for at least one node",
                run.firstErrorLine());
    }
}
