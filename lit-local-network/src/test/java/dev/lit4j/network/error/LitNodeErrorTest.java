package dev.lit4j.network.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LitNodeErrorTest {

    @Test
    void codedErrorTakesStatusKindAndMessageFromItsCode() {
        LitNodeError error = LitNodeError.of(NodeErrorCode.NODE_PKP_NOT_AUTHORIZED, "outer", "inner");

        assertEquals(401, error.status());
        assertEquals(ErrorKind.VALIDATION, error.kind());
        assertEquals(NodeErrorCode.NODE_PKP_NOT_AUTHORIZED, error.code());
        assertEquals("The PKP permissions check failed", error.publicMessage());
        assertEquals(List.of("outer", "inner"), error.details());
        assertEquals(
                "{\"correlationId\":\"lit_abc\",\"details\":[\"outer\",\"inner\"],"
                        + "\"errorCode\":\"NodePKPNotAuthorized\",\"errorKind\":\"Validation\","
                        + "\"message\":\"The PKP permissions check failed\",\"status\":401}",
                error.toPublicJson("lit_abc"));
    }

    @Test
    void absentCorrelationIdAndEmptyDetailsAreLeftOut() {
        LitNodeError error = LitNodeError.of(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR);

        assertEquals(
                "{\"errorCode\":\"NodeSIWEMessageError\",\"errorKind\":\"Parser\","
                        + "\"message\":\"Error parsing SIWE message\",\"status\":400}",
                error.toPublicJson(null));
        assertEquals(error.toPublicJson(null), error.toPublicJson(""));
    }

    @Test
    void uncodedErrorIsStatus500WithTheKindsDescription() {
        LitNodeError error = LitNodeError.uncoded(ErrorKind.BLOCKCHAIN, "Error fetching block from hash");

        assertNull(error.code());
        assertEquals(
                "{\"details\":[\"Error fetching block from hash\"],\"errorKind\":\"Blockchain\","
                        + "\"message\":\"A blockchan related error has occured.\",\"status\":500}",
                error.toPublicJson(null));
    }

    @Test
    void kindAndStatusCanBeOverriddenWithoutTouchingTheCode() {
        LitNodeError error = LitNodeError.of(NodeErrorCode.CORE_API_INVALID_X_SDK_VERSION_HEADER, "bad")
                .withKind(ErrorKind.CONVERSION)
                .withStatus(418);

        assertEquals(
                "{\"details\":[\"bad\"],\"errorCode\":\"CoreApiInvalidXSDKVersionHeader\","
                        + "\"errorKind\":\"Conversion\",\"message\":\"Missing required header: X-Lit-Sdk-Version\","
                        + "\"status\":418}",
                error.toPublicJson(null));
        assertEquals(
                "CoreApiInvalidXSDKVersionHeader (418): Missing required header: X-Lit-Sdk-Version [bad]",
                error.getMessage());
    }

    @Test
    void stringsAreEscapedAsJson() {
        LitNodeError error = LitNodeError.uncoded(ErrorKind.GENERIC, "quote \" backslash \\ newline \n");

        assertEquals(
                "{\"correlationId\":\"a\\\"b\",\"details\":[\"quote \\\" backslash \\\\ newline \\n\"],"
                        + "\"errorKind\":\"Generic\",\"message\":\"An error has occured.\",\"status\":500}",
                error.toPublicJson("a\"b"));
    }

    @Test
    void statusOutsideTheErrorRangeIsRejected() {
        LitNodeError error = LitNodeError.of(NodeErrorCode.NODE_NOT_AUTHORIZED);

        InvalidInputException low = assertThrows(InvalidInputException.class, () -> error.withStatus(200));
        assertEquals("status: an error status must be 400..599, got 200", low.getMessage());
        assertThrows(InvalidInputException.class, () -> error.withStatus(600));
    }

    @Test
    void wireNamesAreExplicit() {
        assertEquals("NodeSIWECapabilityInvalid", NodeErrorCode.NODE_SIWE_CAPABILITY_INVALID.wireName());
        assertEquals("NodeBLSRootKeyNotFound", NodeErrorCode.NODE_BLS_ROOT_KEY_NOT_FOUND.wireName());
        assertEquals("MemoryLimit", ErrorKind.MEMORY_LIMIT.wireName());
        assertEquals("IPFS", ErrorKind.IPFS.wireName());
        assertEquals("SevSnp", ErrorKind.SEV_SNP.wireName());
    }
}
