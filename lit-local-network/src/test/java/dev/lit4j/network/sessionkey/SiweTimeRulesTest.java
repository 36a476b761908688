package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiweTimeRulesTest {
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00.500Z");
    private static final EthAddress ADDRESS =
            EthAddress.parseChecksummed("address", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    private static SiweMessage siwe(String issuedAt, String expiration) {
        return new SiweMessage(
                "localhost",
                ADDRESS,
                null,
                "lit:session:abc",
                "1",
                1,
                "0x1234567890",
                issuedAt,
                expiration,
                null,
                null,
                null);
    }

    @Test
    void aSiweWithinTheRulesPasses() {
        assertDoesNotThrow(
                () -> SiweTimeRules.check(siwe("2025-01-15T10:00:00.000Z", "2025-01-16T10:00:00.000Z"), NOW));
    }

    @Test
    void issuedAtMayBeUpTo60SecondsAhead() {
        assertDoesNotThrow(() -> SiweTimeRules.check(siwe("2025-01-15T10:01:00.500Z", "2025-01-16T10:00:00Z"), NOW));

        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> SiweTimeRules.check(siwe("2025-01-15T10:01:00.501Z", "2025-01-16T10:00:00Z"), NOW));

        assertEquals(
                "{\"details\":[\"Session key issued_at 2025-01-15T10:01:00.501Z is in the future beyond the grace"
                        + " period of 60 seconds (now is 2025-01-15T10:00:00.500Z)\"],\"errorCode\":\"NodeSIWEMessageError\","
                        + "\"errorKind\":\"Validation\",\"message\":\"Error parsing SIWE message\",\"status\":400}",
                e.toPublicJson(null));
    }

    @Test
    void anExpirationTimeIsRequired() {
        LitNodeError e =
                assertThrows(LitNodeError.class, () -> SiweTimeRules.check(siwe("2025-01-15T10:00:00Z", null), NOW));

        assertEquals(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, e.code());
        assertEquals(ErrorKind.PARSER, e.kind());
        assertEquals(List.of("Session key expiration time is not set"), e.details());
    }

    @Test
    void expirationBeforeIssuedAtIsExpWrong() {
        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> SiweTimeRules.check(siwe("2025-01-15T10:00:00.000Z", "2025-01-15T09:59:59.999Z"), NOW));

        assertEquals(
                "{\"details\":[\"Session key expiration 2025-01-15T09:59:59.999Z is in behind issue_at which is"
                        + " 2025-01-15T10:00:00.000Z\"],\"errorCode\":\"NodeExpWrongOrTooLarge\",\"errorKind\":\"Validation\","
                        + "\"message\":\"While signing JWT, EXP too large or wrong\",\"status\":403}",
                e.toPublicJson(null));
    }

    @Test
    void expirationMayBeUpTo60SecondsPast() {
        assertDoesNotThrow(() -> SiweTimeRules.check(siwe("2025-01-15T09:00:00Z", "2025-01-15T09:59:00.500Z"), NOW));

        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> SiweTimeRules.check(siwe("2025-01-15T09:00:00Z", "2025-01-15T09:59:00.499Z"), NOW));

        assertEquals(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, e.code());
        assertEquals(400, e.status());
        assertEquals(
                List.of("Session key expiration 2025-01-15T09:59:00.499Z is in the past beyond the grace period"
                        + " of 60 seconds (now is 2025-01-15T10:00:00.500Z)"),
                e.details());
    }

    @Test
    void aSessionLastsAtMostThirtyDaysInWholeSeconds() {
        assertDoesNotThrow(
                () -> SiweTimeRules.check(siwe("2025-01-15T10:00:00.900Z", "2025-02-14T10:00:00.999Z"), NOW));

        LitNodeError e = assertThrows(
                LitNodeError.class,
                () -> SiweTimeRules.check(siwe("2025-01-15T10:00:00.900Z", "2025-02-14T10:00:01Z"), NOW));

        assertEquals(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, e.code());
        assertEquals(ErrorKind.VALIDATION, e.kind());
        assertEquals(
                List.of("Session key expiration 2025-02-14T10:00:01Z is beyond the max expiry timestamp of"
                        + " 2025-02-14T10:00:00Z (issued_at is 2025-01-15T10:00:00Z)"),
                e.details());
        assertEquals(Duration.ofDays(30), SiweTimeRules.MAX_VALIDITY);
    }
}
