package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code lit4j siwe} against the JS SDK's own {@code createSiweMessageWithRecaps} output. */
class SiweCommandTest {
    static final String ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String URI = "lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
    static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    /** siwe-recap-js.json, siweWithRecaps.message: made by @lit-protocol/auth-helpers 7.4.0. */
    static final String JS_MESSAGE = "localhost wants you to sign in with your Ethereum account:\n"
            + ADDRESS + "\n\n"
            + "This is a test statement.  You can put anything you want here. I further authorize the stated URI to"
            + " perform the following actions on my behalf: (1) 'Threshold': 'Execution' for 'lit-litaction://*'. (2)"
            + " 'Threshold': 'Signing' for 'lit-pkp://*'.\n\n"
            + "URI: " + URI + "\n"
            + "Version: 1\n"
            + "Chain ID: 1\n"
            + "Nonce: " + NONCE + "\n"
            + "Issued At: 2025-01-15T10:00:00.000Z\n"
            + "Expiration Time: 2025-01-16T10:00:00.000Z\n"
            + "Resources:\n"
            + "- urn:recap:eyJhdHQiOnsibGl0LWxpdGFjdGlvbjovLyoiOnsiVGhyZXNob2xkL0V4ZWN1dGlvbiI6W3t9XX0sImxp"
            + "dC1wa3A6Ly8qIjp7IlRocmVzaG9sZC9TaWduaW5nIjpbe31dfX0sInByZiI6W119";
    /** The arguments that reproduce {@link #JS_MESSAGE}. */
    static final String[] JS_ARGS = {
        "siwe",
        "--address",
        ADDRESS,
        "--uri",
        URI,
        "--nonce",
        NONCE,
        "--issued-at",
        "2025-01-15T10:00:00.000Z",
        "--expiration",
        "2025-01-16T10:00:00.000Z",
        "--resource",
        "lit-pkp://*=pkp-signing",
        "--resource",
        "lit-litaction://*=lit-action-execution"
    };

    @Test
    void printsExactlyWhatTheJsSdkMakes() {
        Cli.Run run = Cli.run(JS_ARGS);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(JS_MESSAGE, run.out(), "the message and nothing after it");
        assertEquals("", run.err());
    }

    @Test
    void anyLetterCaseOfTheAddressIsWrittenEip55AndOtherTimeZonesInUtc() {
        String[] args = JS_ARGS.clone();
        args[2] = ADDRESS.toLowerCase(Locale.ROOT);
        args[8] = "2025-01-15T11:00:00+01:00";
        assertEquals(JS_MESSAGE, Cli.run(args).out());
    }

    @Test
    void withoutResourcesItIsAPlainSiweWithTheGivenDomainAndStatement() {
        Cli.Run run = Cli.run(
                "siwe",
                "--address",
                ADDRESS,
                "--uri",
                "https://app.example/login",
                "--nonce",
                NONCE,
                "--issued-at",
                "2025-01-15T10:00:00Z",
                "--expiration",
                "2025-01-22T10:00:00Z",
                "--domain",
                "app.example",
                "--statement",
                "Sign in to the app.");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "app.example wants you to sign in with your Ethereum account:\n"
                        + ADDRESS + "\n\n"
                        + "Sign in to the app.\n\n"
                        + "URI: https://app.example/login\n"
                        + "Version: 1\n"
                        + "Chain ID: 1\n"
                        + "Nonce: " + NONCE + "\n"
                        + "Issued At: 2025-01-15T10:00:00.000Z\n"
                        + "Expiration Time: 2025-01-22T10:00:00.000Z",
                run.out());
    }

    @Test
    void aMalformedAddressFailsNamingIt() {
        String[] args = JS_ARGS.clone();
        args[2] = "0x1234";
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(
                "lit4j siwe: Invalid value for option '--address': expected 0x followed by 40 hex digits, got"
                        + " \"0x1234\"",
                run.firstErrorLine());
    }

    @Test
    void aShortNonceFailsNamingIt() {
        String[] args = JS_ARGS.clone();
        args[6] = "abc";
        Cli.Run run = Cli.run(args);
        assertEquals(1, run.exitCode());
        assertEquals(
                "lit4j siwe: siwe.nonce: must be at least 8 letters or digits (a-z A-Z 0-9), got \"abc\"",
                run.firstErrorLine());
    }

    @Test
    void aMissingOptionIsAUsageError() {
        Cli.Run run = Cli.run(
                "siwe",
                "--address",
                ADDRESS,
                "--uri",
                URI,
                "--issued-at",
                "2025-01-15T10:00:00Z",
                "--expiration",
                "2025-01-16T10:00:00Z");
        assertEquals(2, run.exitCode());
        assertEquals("lit4j siwe: Missing required option: '--nonce=NONCE'", run.firstErrorLine());
        assertEquals(
                "Try 'lit4j siwe --help' for more information.",
                run.err().lines().reduce((first, second) -> second).orElseThrow());
    }

    @Test
    void aTimeWithoutAZoneIsAUsageError() {
        String[] args = JS_ARGS.clone();
        args[8] = "2025-01-15 10:00";
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.exitCode());
        assertEquals(
                "lit4j siwe: Invalid value for option '--issued-at': not an RFC 3339 date-time with"
                        + " a zone: \"2025-01-15 10:00\" (expected e.g. 2025-01-15T10:00:00.000Z)",
                run.firstErrorLine());
    }

    @Test
    void aResourceWithoutAnAbilityIsAUsageError() {
        String[] args = JS_ARGS.clone();
        args[12] = "lit-pkp://*";
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.exitCode());
        assertEquals(
                "lit4j siwe: Invalid value for option '--resource' (RESOURCE=ABILITY): expected"
                        + " <prefix>://<id>=<ability>, e.g. lit-pkp://*=pkp-signing; got \"lit-pkp://*\"",
                run.firstErrorLine());
    }

    @Test
    void aMixedCaseAddressWithAWrongChecksumIsRefused() {
        String[] args = JS_ARGS.clone();
        args[2] = ADDRESS.replace("f39F", "f39f");
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.exitCode());
        assertEquals(
                "lit4j siwe: Invalid value for option '--address': \"" + args[2] + "\" is not EIP-55 checksummed;"
                        + " expected \"" + ADDRESS + "\"",
                run.firstErrorLine());

        args[2] = ADDRESS.toLowerCase(Locale.ROOT);
        assertEquals(JS_MESSAGE, Cli.run(args).out(), "one letter case is taken as is");
    }

    @Test
    void anIssueTimeAfterTheExpirationIsRefused() {
        String[] args = JS_ARGS.clone();
        args[8] = "2099-01-01T00:00:00Z";
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(
                run.firstErrorLine()
                        .startsWith("lit4j siwe: --issued-at 2099-01-01T00:00:00.000Z is after" + " --expiration "),
                run.err());
        assertTrue(run.firstErrorLine().endsWith("; a SIWE message expires after it is issued"), run.err());
    }
}
