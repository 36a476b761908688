package dev.lit4j.domain.verify;

/**
 * The error codes a Lit node answers a failing session sig with (node spec §2, §6.3): the
 * {@code errorCode} of its error body, the HTTP status, and the code's description, which the node
 * sends as {@code message}.
 */
public enum SessionSigErrorCode {
    /** The AuthSig is not a session sig, or (strict mode) its signed message names another session key. */
    INVALID_AUTH_SIG("NodeInvalidAuthSig", 401, "auth_sig passed is invalid or couldn't be verified"),
    /** The session sig's {@code address} is not hex. */
    AUTH_SIG_ADDRESS_CONVERSION_ERROR(
            "NodeAuthSigAddressConversionError", 400, "auth_sig address couldn't be converted to Ethereum address"),
    /** The session sig's {@code address} is not a 32-byte Ed25519 curve point. */
    AUTH_SIG_SESSION_KEY_CONVERSION_ERROR(
            "NodeAuthSigSessionKeyConversionError",
            400,
            "auth_sig address couldn't be converted to ed25519_dalek PublicKey"),
    /** The session sig's {@code sig} is not 128 hex digits in one letter case. */
    AUTH_SIG_SIGNATURE_CONVERSION_ERROR(
            "NodeAuthSigSignatureConversionError", 400, "auth_sig sig couldn't be converted to Signature object"),
    /** The signed message is not a session-signed message JSON. */
    AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR(
            "NodeAuthSigSignedMessageConversionError",
            400,
            "auth_sig signedMessage couldn't be converted to SessionKeySignedMessageV2"),
    /** The Ed25519 signature does not verify (strictly) over the signed message. */
    INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE(
            "NodeInvalidAuthSigSessionKeySignature", 400, "auth_sig Session key signature is not valid"),
    /** No {@code resourceAbilityRequests} entry covers the requested resource. */
    RESOURCE_ID_NOT_FOUND("NodeResourceIdNotFound", 404, "Could not find the passed resource ID"),
    /** {@code issuedAt} is more than {@link dev.lit4j.domain.session.internal.SessionTimeLimits#CLOCK_GRACE} in the future. */
    IAT_OUTSIDE_GRACE_PERIOD("NodeIatOutsideGracePeriod", 403, "While signing JWT, IAT outside grace period"),
    /** {@code expiration} is before {@code issuedAt}, or more than {@link dev.lit4j.domain.session.internal.SessionTimeLimits#CLOCK_GRACE} in the past. */
    EXP_WRONG_OR_TOO_LARGE("NodeExpWrongOrTooLarge", 403, "While signing JWT, EXP too large or wrong"),
    /** {@code nodeAddress} is another node. */
    NOT_AUTHORIZED(
            "NodeNotAuthorized", 403, "User isn't authorized to access to decrypt or receive a JWT for this item"),
    /** No capability delegates the requested resource to the session key. */
    SIWE_CAPABILITY_INVALID("NodeSIWECapabilityInvalid", 400, "Invalid Capability object in SIWE resource ReCap"),
    /** {@code expiration} is more than {@link dev.lit4j.domain.session.internal.SessionTimeLimits#MAX_LIFETIME} after {@code issuedAt}. */
    SIWE_MESSAGE_ERROR("NodeSIWEMessageError", 400, "Error parsing SIWE message"),
    /** {@code issuedAt} or {@code expiration} is not an RFC 3339 time. */
    PARSER_ERROR("NodeParserError", 400, "Unable to parse session key signed message");

    private final String wireName;
    private final int httpStatus;
    private final String message;

    SessionSigErrorCode(String wireName, int httpStatus, String message) {
        this.wireName = wireName;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** The {@code errorCode} on the wire, e.g. {@code NodeExpWrongOrTooLarge}. */
    public String wireName() {
        return wireName;
    }

    /** The HTTP status of the node's answer, e.g. 403. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The code's description, which the node sends as {@code message}. */
    public String message() {
        return message;
    }

    /** {@code <wireName> (HTTP <status>): <message>}. */
    @Override
    public String toString() {
        return wireName + " (HTTP " + httpStatus + "): " + message;
    }
}
