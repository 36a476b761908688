package dev.lit4j.domain.siwe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SiweMessageTest {
    private static final EthAddress WALLET = new EthAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final String EOA = SiweVectors.eoaSiwe();

    static List<String> vectorSiwes() {
        return SiweVectors.allSiwes();
    }

    @ParameterizedTest
    @MethodSource("vectorSiwes")
    void parseThenRenderReproducesEveryVector(String text) {
        assertEquals(text, SiweMessage.parse(text).render());
    }

    @Test
    void readsTheFieldsOfTheEoaVector() {
        SiweMessage siwe = SiweMessage.parse(EOA);
        assertEquals("localhost", siwe.domain());
        assertEquals(WALLET, siwe.address());
        assertTrue(siwe.statement()
                .startsWith("This is a test statement.  You can put anything you want here. I further"));
        assertEquals("lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c", siwe.uri());
        assertEquals("1", siwe.version());
        assertEquals(1, siwe.chainId());
        assertEquals(NONCE, siwe.nonce());
        assertEquals("2025-01-15T10:00:00.000Z", siwe.issuedAt());
        assertEquals(Instant.parse("2025-01-15T10:00:00Z"), siwe.issuedAtInstant());
        assertEquals(Optional.of(Instant.parse("2025-01-16T10:00:00Z")), siwe.expirationTimeInstant());
        assertEquals(Optional.empty(), siwe.notBeforeInstant());
        assertNull(siwe.requestId());
        assertEquals(1, siwe.resources().size());
    }

    @Test
    void keepsTheNodesSecondPrecisionTimesAsText() {
        SiweMessage siwe = SiweMessage.parse(SiweVectors.nodePkpSiwe());
        assertEquals("2024-04-25T02:09:35Z", siwe.issuedAt());
        assertEquals(Instant.parse("2024-04-25T02:09:35Z"), siwe.issuedAtInstant());
        assertEquals("2024-04-26T02:09:50.822Z", siwe.expirationTime());
        assertEquals(new EthAddress("0x7f2e96c99F9551915DA9e9F828F512330f130acB"), siwe.address());
    }

    @Test
    void rendersWithoutStatementAsThreeLineFeedsAndAllOptionalLines() {
        SiweMessage siwe = new SiweMessage(
                "example.com:8443",
                WALLET,
                null,
                "https://example.com/login",
                "1",
                137,
                "abcdefgh",
                "2025-01-15T10:00:00.000Z",
                "2025-01-16T10:00:00.000Z",
                "2025-01-15T11:00:00+01:00",
                "req-1",
                List.of());
        String text = "example.com:8443 wants you to sign in with your Ethereum account:\n"
                + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\n\n"
                + "URI: https://example.com/login\nVersion: 1\nChain ID: 137\nNonce: abcdefgh\n"
                + "Issued At: 2025-01-15T10:00:00.000Z\nExpiration Time: 2025-01-16T10:00:00.000Z\n"
                + "Not Before: 2025-01-15T11:00:00+01:00\nRequest ID: req-1\nResources:";
        assertEquals(text, siwe.render());
        assertEquals(siwe, SiweMessage.parse(text));
        assertEquals(Optional.of(Instant.parse("2025-01-15T10:00:00Z")), siwe.notBeforeInstant());
    }

    @Test
    void rendersNoResourcesLineWhenResourcesIsNull() {
        SiweMessage siwe = new SiweMessage(
                "localhost",
                WALLET,
                "Hi.",
                "lit:capability:delegation",
                "1",
                1,
                "abcdefgh",
                "2025-01-15T10:00:00Z",
                null,
                null,
                null,
                null);
        String text = "localhost wants you to sign in with your Ethereum account:\n"
                + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\nHi.\n\n"
                + "URI: lit:capability:delegation\nVersion: 1\nChain ID: 1\nNonce: abcdefgh\nIssued At: 2025-01-15T10:00:00Z";
        assertEquals(text, siwe.render());
        assertEquals(siwe, SiweMessage.parse(text));
        assertEquals(text, siwe.toString());
    }

    @Test
    void withersReplaceStatementAndResources() {
        SiweMessage siwe = SiweMessage.parse(EOA);
        assertNull(siwe.withStatement(null).statement());
        assertEquals(List.of("urn:x"), siwe.withResources(List.of("urn:x")).resources());
        assertNull(siwe.withResources(null).resources());
    }

    @Test
    void rejectsAnAddressThatIsNotChecksummed() {
        String text =
                EOA.replace("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assertParseFails(
                text,
                "siwe.address: \"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\" is not EIP-55 checksummed;"
                        + " expected \"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"");
    }

    @Test
    void rejectsAnAddressOfTheWrongShape() {
        assertParseFails(
                EOA.replace("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
                "siwe.address: expected 0x followed by 40 hex digits, got \"f39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nonce: abc|siwe.nonce: must be at least 8 letters or digits (a-z A-Z 0-9), got \"abc\"",
                "Nonce: abcd-efgh|siwe.nonce: must be at least 8 letters or digits (a-z A-Z 0-9), got \"abcd-efgh\"",
                "Version: 2|siwe.version: must be \"1\", got \"2\"",
                "Issued At: 2025-01-15 10:00:00Z|siwe.issuedAt: not an RFC 3339 date-time with a zone: \"2025-01-15 10:00:00Z\""
                        + " (expected e.g. 2025-01-15T10:00:00.000Z)",
                "Expiration Time: tomorrow|siwe.expirationTime: not an RFC 3339 date-time with a zone: \"tomorrow\""
                        + " (expected e.g. 2025-01-15T10:00:00.000Z)",
                "Expiration Time: 2025-02-30T10:00:00Z|siwe.expirationTime: not an RFC 3339 date-time with a zone:"
                        + " \"2025-02-30T10:00:00Z\" (expected e.g. 2025-01-15T10:00:00.000Z)",
                "Chain ID: 01|siwe.chainId: line 8: expected a decimal chain id without sign or leading zeros, found \"01\"",
                "Chain ID: +1|siwe.chainId: line 8: expected a decimal chain id without sign or leading zeros, found \"+1\"",
                "Chain ID: 1x|siwe.chainId: line 8: expected a decimal chain id without sign or leading zeros, found \"1x\"",
                "Chain ID:|siwe.chainId: line 8: expected \"Chain ID: <decimal chain id>\", found \"Chain ID:\"",
                "Chain ID: 99999999999999999999|siwe.chainId: line 8: chain id 99999999999999999999 is too large (at most"
                        + " 9223372036854775807)",
                "URI: not a uri|siwe.uri: not an RFC 3986 URI: \"not a uri\" (expected <scheme>:<rest>, e.g. lit:session:<hex>"
                        + " or https://example.com/login)",
            })
    void rejectsBadFieldValues(String replacementLine, String message) {
        String tag = replacementLine.substring(0, replacementLine.indexOf(':') + 1);
        assertParseFails(replaceLine(EOA, tag, replacementLine), message);
    }

    @Test
    void rejectsAMissingLine() {
        String truncated = EOA.substring(0, EOA.indexOf("\nIssued At:"));
        assertParseFails(truncated, "siwe.issuedAt: line 10: missing; expected \"Issued At: <RFC 3339 time>\"");
        assertParseFails(
                "localhost wants you to sign in with your Ethereum account:",
                "siwe.address: line 2: missing; expected \"0x<40 hex>\"");
        String withoutNonce = EOA.replace("\nNonce: " + NONCE, "");
        assertParseFails(
                withoutNonce,
                "siwe.nonce: line 9: expected \"Nonce: <nonce>\", found \"Issued At:" + " 2025-01-15T10:00:00.000Z\"");
    }

    @Test
    void rejectsLinesOutOfOrder() {
        String swapped = EOA.replace("URI: lit:session:", "TMP")
                .replace("Version: 1", "URI: lit:session:")
                .replace("TMP", "Version: 1");
        assertParseFails(
                swapped,
                "siwe.uri: line 6: expected \"URI: <uri>\", found \"Version: 1ea4a6c63e29c520abef5507b"
                        + "132ec5f9954776aebebe7b92421eea691446d22c\"");
        String optionalSwapped = EOA.replace(
                "Expiration Time: 2025-01-16T10:00:00.000Z",
                "Not Before: 2025-01-15T10:00:00.000Z\nExpiration Time: 2025-01-16T10:00:00.000Z");
        assertParseFails(
                optionalSwapped,
                "siwe: line 12: unexpected content \"Expiration Time: 2025-01-16T10:00:00.000Z\";"
                        + " after \"Issued At\" only \"Expiration Time\", \"Not Before\", \"Request ID\" (in that order) and"
                        + " \"Resources:\" may follow");
    }

    @Test
    void rejectsTrailingContent() {
        assertParseFails(EOA + "\nextra", "siwe.resources: line 14: expected \"- <uri>\", found \"extra\"");
        String noResources = EOA.substring(0, EOA.indexOf("\nResources:"));
        assertParseFails(
                noResources + "\nhello",
                "siwe: line 12: unexpected content \"hello\"; after \"Issued At\" only"
                        + " \"Expiration Time\", \"Not Before\", \"Request ID\" (in that order) and \"Resources:\" may follow");
        assertParseFails(
                EOA.replace("\nResources:\n- urn", "\nResources:\n-  urn"),
                "siwe.resources[0]: not an RFC 3986 URI: \" urn:recap:eyJhdHQiOnsibGl0LWxpdGFjdGlvbjovLyoiOnsiVGhyZXNob2"
                        + "xkL0V4ZWN1dGlvbiI6W3t9XX0sImxpdC1wa3A6Ly8qIjp7IlRocmVzaG9sZC9TaWduaW5nIjpbe31dfX0sInByZiI6W119\""
                        + " (expected <scheme>:<rest>, e.g. lit:session:<hex> or https://example.com/login)");
    }

    @Test
    void rejectsATrailingNewline() {
        assertParseFails(EOA + "\n", "siwe: ends with a line break; the text must end right after its last line");
    }

    @Test
    void rejectsABadPreambleOrMissingBlankLines() {
        assertParseFails(
                EOA.replace(" wants you to sign in", " wants to sign in"),
                "siwe.domain: line 1: expected"
                        + " \"<domain> wants you to sign in with your Ethereum account:\", found \"localhost wants to sign in with"
                        + " your Ethereum account:\"");
        assertParseFails(
                EOA.replace("cffFb92266\n\nThis", "cffFb92266\nx\nThis"),
                "siwe: line 3: expected an empty line after the address, found \"x\"");
        assertParseFails(
                EOA.replace("'lit-pkp://*'.\n\nURI", "'lit-pkp://*'.\nURI"),
                "siwe: line 5: expected an empty line after the statement, found \"URI: lit:session:ea4a6c63e29c520abef55"
                        + "07b132ec5f9954776aebebe7b92421eea691446d22c\"");
        assertParseFails(
                EOA.replace("\r", "").replace("\n", "\r\n"),
                "siwe.domain: line 1: expected \"<domain> wants you"
                        + " to sign in with your Ethereum account:\", found \"localhost wants you to sign in with your Ethereum"
                        + " account:\r\"");
    }

    @Test
    void rejectsInvalidDomain() {
        assertParseFails(
                EOA.replace("localhost wants", "local host wants"),
                "siwe.domain: not an RFC 3986 authority:"
                        + " \"local host\" (expected a host with an optional port, e.g. localhost or example.com:8443)");
    }

    @Test
    void rejectsEmptyOrMultiLineTextFields() {
        InvalidInputException statement = assertThrows(
                InvalidInputException.class,
                () -> new SiweMessage(
                        "localhost",
                        WALLET,
                        "",
                        "lit:x",
                        "1",
                        1,
                        "abcdefgh",
                        "2025-01-15T10:00:00Z",
                        null,
                        null,
                        null,
                        null));
        assertEquals("siwe.statement: must not be empty; use null for none", statement.getMessage());
        InvalidInputException lines = assertThrows(
                InvalidInputException.class,
                () -> new SiweMessage(
                        "localhost",
                        WALLET,
                        "a\nb",
                        "lit:x",
                        "1",
                        1,
                        "abcdefgh",
                        "2025-01-15T10:00:00Z",
                        null,
                        null,
                        null,
                        null));
        assertEquals("siwe.statement: must be a single line, without \\n", lines.getMessage());
        InvalidInputException requestId = assertThrows(
                InvalidInputException.class,
                () -> new SiweMessage(
                        "localhost",
                        WALLET,
                        null,
                        "lit:x",
                        "1",
                        1,
                        "abcdefgh",
                        "2025-01-15T10:00:00Z",
                        null,
                        null,
                        "",
                        null));
        assertEquals("siwe.requestId: must not be empty; use null for none", requestId.getMessage());
        InvalidInputException chainId = assertThrows(
                InvalidInputException.class,
                () -> new SiweMessage(
                        "localhost",
                        WALLET,
                        null,
                        "lit:x",
                        "1",
                        -1,
                        "abcdefgh",
                        "2025-01-15T10:00:00Z",
                        null,
                        null,
                        null,
                        null));
        assertEquals("siwe.chainId: must be 0 or more, got -1", chainId.getMessage());
        InvalidInputException address = assertThrows(
                InvalidInputException.class,
                () -> new SiweMessage(
                        "localhost",
                        null,
                        null,
                        "lit:x",
                        "1",
                        1,
                        "abcdefgh",
                        "2025-01-15T10:00:00Z",
                        null,
                        null,
                        null,
                        null));
        assertEquals("siwe.address: is missing", address.getMessage());
    }

    private static String replaceLine(String text, String tag, String line) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(tag)) {
                lines[i] = line;
                return String.join("\n", lines);
            }
        }
        throw new IllegalArgumentException("no line starts with " + tag);
    }

    private static void assertParseFails(String text, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiweMessage.parse(text));
        assertEquals(message, e.getMessage());
    }
}
