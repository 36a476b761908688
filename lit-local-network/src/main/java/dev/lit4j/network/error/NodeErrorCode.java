package dev.lit4j.network.error;

import dev.lit4j.domain.verify.SessionSigErrorCode;

/**
 * The Lit node error codes the local network answers with: the Datil set relevant to session
 * signatures (node spec §6.3), the request-guard codes of lit-api-core, and the further codes a Datil
 * node's {@code sign_session_key} answers with (chain, PKP contract and Lit Action failures) and its
 * {@code encryption/sign} answers with (access control conditions), and the two Naga-only codes of payment
 * and refused old routes.
 *
 * <p>Each code carries its wire name ({@code errorCode}), its HTTP status, its default kind and the
 * description the node sends as {@code message}. The codes of session-sig verification take their
 * facts from the domain's {@link SessionSigErrorCode}, so the local network and the verifier agree.
 */
public enum NodeErrorCode {
    CORE_API_ROUTE_NOT_FOUND("CoreApiRouteNotFound", 404, ErrorKind.VALIDATION, "The API path was not found."),
    CORE_API_MISSING_REQUIRED_X_REQUEST_ID_HEADER(
            "CoreApiMissingRequiredXRequestIdHeader",
            400,
            ErrorKind.VALIDATION,
            "Missing required header: X-Correlation-Id / X-Request-Id"),
    CORE_API_INVALID_X_SDK_VERSION_HEADER(
            "CoreApiInvalidXSDKVersionHeader", 400, ErrorKind.VALIDATION, "Missing required header: X-Lit-Sdk-Version"),
    NODE_INVALID_AUTH_SIG(SessionSigErrorCode.INVALID_AUTH_SIG, ErrorKind.VALIDATION),
    NODE_AUTH_SIG_ADDRESS_CONVERSION_ERROR(SessionSigErrorCode.AUTH_SIG_ADDRESS_CONVERSION_ERROR, ErrorKind.VALIDATION),
    NODE_AUTH_SIG_SESSION_KEY_CONVERSION_ERROR(
            SessionSigErrorCode.AUTH_SIG_SESSION_KEY_CONVERSION_ERROR, ErrorKind.VALIDATION),
    NODE_AUTH_SIG_SIGNATURE_CONVERSION_ERROR(
            SessionSigErrorCode.AUTH_SIG_SIGNATURE_CONVERSION_ERROR, ErrorKind.VALIDATION),
    NODE_AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR(
            SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR, ErrorKind.VALIDATION),
    NODE_INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE(
            SessionSigErrorCode.INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE, ErrorKind.VALIDATION),
    NODE_RESOURCE_ID_NOT_FOUND(SessionSigErrorCode.RESOURCE_ID_NOT_FOUND, ErrorKind.VALIDATION),
    NODE_IAT_OUTSIDE_GRACE_PERIOD(SessionSigErrorCode.IAT_OUTSIDE_GRACE_PERIOD, ErrorKind.VALIDATION),
    NODE_EXP_WRONG_OR_TOO_LARGE(SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE, ErrorKind.VALIDATION),
    NODE_NOT_AUTHORIZED(SessionSigErrorCode.NOT_AUTHORIZED, ErrorKind.VALIDATION),
    NODE_SIWE_CAPABILITY_INVALID(SessionSigErrorCode.SIWE_CAPABILITY_INVALID, ErrorKind.VALIDATION),
    NODE_SIWE_SIG_CONVERSION_ERROR(
            "NodeSIWESigConversionError", 400, ErrorKind.VALIDATION, "Unable to convert SIWE sig to array"),
    NODE_SIWE_MESSAGE_ERROR(SessionSigErrorCode.SIWE_MESSAGE_ERROR, ErrorKind.PARSER),
    NODE_PARSER_ERROR(SessionSigErrorCode.PARSER_ERROR, ErrorKind.PARSER),
    NODE_WALLET_SIGNATURE_JSON_ERROR(
            "NodeWalletSignatureJSONError", 502, ErrorKind.SERIALIZER, "Wallet Signature not in JSON format"),
    NODE_INVALID_MULTIPLE_AUTH_SIGS(
            "NodeInvalidMultipleAuthSigs",
            400,
            ErrorKind.VALIDATION,
            "Auth sig is not valid against any recognized chain"),
    NODE_AUTH_SIG_SCOPE_TOO_LIMITED(
            "NodeAuthSigScopeTooLimited",
            401,
            ErrorKind.VALIDATION,
            "auth_sig scope that is passed does not support the requested operation"),
    NODE_PKP_NOT_AUTHORIZED("NodePKPNotAuthorized", 401, ErrorKind.VALIDATION, "The PKP permissions check failed"),
    NODE_INVALID_CURVE_TYPE(
            "NodeInvalidCurveType",
            400,
            ErrorKind.VALIDATION,
            "The user sent an unsupported curve type when requesting to sign something"),
    NODE_INVALID_AUTH_SIG_FOR_SESSION_KEY(
            "NodeInvalidAuthSigForSessionKey",
            400,
            ErrorKind.VALIDATION,
            "The user sent an auth_sig for signing a session_key"),
    NODE_LIT_ACTIONS_SESSION_SIG_AUTHENTICATION_FAILED(
            "NodeLitActionsSessionSigAuthenticationFailed",
            401,
            ErrorKind.VALIDATION,
            "Lit Actions returned false for sessionSig signing authentication"),
    NODE_INVALID_AUTH_CONTEXT_RESOURCE(
            "NodeInvalidAuthContextResource",
            401,
            ErrorKind.VALIDATION,
            "Can't define AuthContext resources in user capability"),
    NODE_UNDEFINED_SIWE_EXPIRATION(
            "NodeUndefinedSiweExpiration", 401, ErrorKind.VALIDATION, "Siwe message doesn't contain expiration time"),
    NODE_CONTRACT_AUTHSIG_UNAUTHORIZED(
            "NodeContractAuthsigUnauthorized", 401, ErrorKind.VALIDATION, "Access control failed for Smart contract"),
    NODE_BLS_ROOT_KEY_NOT_FOUND(
            "NodeBLSRootKeyNotFound", 500, ErrorKind.UNEXPECTED, "The network root BLS key was not found"),
    NODE_INVALID_BLOCKHASH(
            "NodeInvalidBlockhash", 502, ErrorKind.VALIDATION, "Invalid Block Hash for sign session key"),
    NODE_PKP_TOKEN_ID_NOT_FOUND("NodePKPTokenIdNotFound", 400, ErrorKind.VALIDATION, "Could not find PKP token ID."),
    NODE_CONTRACT_RESOLVER_CONVERSION_FAILED(
            "NodeContractResolverConversionFailed",
            500,
            ErrorKind.UNEXPECTED,
            "Failed to perform the conversion from Lit Config to Contract Resolver"),
    NODE_INVALID_IPFS_ID("NodeInvalidIPFSID", 400, ErrorKind.VALIDATION, "Invalid IPFS Id"),
    NODE_JS_MEMORY_LIMIT_ERROR(
            "NodeJsMemoryLimitError",
            502,
            ErrorKind.VALIDATION,
            "The memory limit was exceeded when executing the Javascript for this action"),
    NODE_JS_EXECUTION_ERROR(
            "NodeJsExecutionError",
            502,
            ErrorKind.VALIDATION,
            "There was an error executing the Javascript for this action"),
    NODE_JS_TIMEOUT_ERROR(
            "NodeJsTimeoutError",
            502,
            ErrorKind.VALIDATION,
            "There was a timeout error executing the Javascript for this action"),
    NODE_ACCESS_CONTROL_CONDITIONS_RETURNED_NOT_AUTHORIZED(
            "NodeAccessControlConditionsReturnedNotAuthorized",
            401,
            ErrorKind.VALIDATION,
            "The access control condition check returned that you are not permitted to access"
                    + " this content.  Are you sure you meet the conditions?  Check the auth_sig and the other conditions"),
    NODE_ACCESS_CONTROL_CONDITIONS_CHECK_FAILED(
            "NodeAccessControlConditionsCheckFailed",
            502,
            ErrorKind.VALIDATION,
            "Lit nodes failed to check the condition possibly due to RPC servers being down or because the condition"
                    + " is making an incorrect smart contract call that reverts"),
    NODE_MISSING_ACCESS_CONTROL_CONDITIONS(
            "NodeMissingAccessControlConditions",
            400,
            ErrorKind.VALIDATION,
            "Must pass either access_control_conditions or evm_contract_conditions or sol_rpc_conditions"),
    NODE_TOO_MANY_CONDITIONS(
            "NodeTooManyConditions", 400, ErrorKind.VALIDATION, "Too many conditions have been provided"),
    NODE_INVALID_BOOLEAN_CONDITION_TYPE(
            "NodeInvalidBooleanConditionType", 400, ErrorKind.VALIDATION, "Invalid boolean conditionType"),
    NODE_INVALID_ACC_RETURN_VALUE_TEST(
            "NodeInvalidACCReturnValueTest",
            400,
            ErrorKind.VALIDATION,
            "Invalid Access Control Condition returnValueTest"),
    NODE_CONDITION_ADDRESS_CONVERSION_ERROR(
            "NodeConditionAddressConversionError",
            400,
            ErrorKind.VALIDATION,
            "condition address couldn't be converted to Ethereum address"),
    NODE_CONDITION_TOKEN_ID_PARSING_ERROR(
            "NodeConditionTokenIdParsingError", 400, ErrorKind.PARSER, "Error parsing token_id from condition"),
    NODE_RPC_ERROR(
            "NodeRpcError",
            502,
            ErrorKind.VALIDATION,
            "Lit nodes failed to complete the RPC call possibly due to RPC servers being down or because the RPC call"
                    + " is making an incorrect smart contract call that reverts"),
    NODE_CANNOT_PROVIDE_AUTH_METHOD_FOR_ENDPOINT(
            "NodeCannotProvideAuthMethodForEndpoint",
            400,
            ErrorKind.VALIDATION,
            "The user sent a auth_methods for endpoint"),
    NODE_CANNOT_PROVIDE_AUTH_SIG_FOR_ENDPOINT(
            "NodeCannotProvideAuthSigForEndpoint", 400, ErrorKind.VALIDATION, "Invalid Signature Requested"),
    /** Naga only: the session's {@code maxPrice} or its payer cannot pay the node's price (node spec §2.11). */
    PAYMENT_FAILED("PaymentFailed", 402, ErrorKind.VALIDATION, "Payment failed"),
    /** Naga only: a Datil-era route, which a Naga node keeps only to refuse (operations spec §5.1). */
    OLD_ENDPOINT_VERSION_NO_LONGER_SUPPORTED(
            "OldEndpointVersionNoLongerSupported",
            410,
            ErrorKind.VALIDATION,
            "Old version of the endpoint is no longer supported");

    private final String wireName;
    private final int status;
    private final ErrorKind kind;
    private final String message;

    NodeErrorCode(SessionSigErrorCode code, ErrorKind kind) {
        this(code.wireName(), code.httpStatus(), kind, code.message());
    }

    NodeErrorCode(String wireName, int status, ErrorKind kind, String message) {
        this.wireName = wireName;
        this.status = status;
        this.kind = kind;
        this.message = message;
    }

    /** The {@code errorCode} value on the wire, e.g. {@code "NodePKPNotAuthorized"}. */
    public String wireName() {
        return wireName;
    }

    /** The HTTP status the node answers with, which is also the body's {@code status}. */
    public int status() {
        return status;
    }

    /** The kind an error with this code has unless it was raised as another kind. */
    public ErrorKind kind() {
        return kind;
    }

    /** The code's description, sent as {@code message}. */
    public String message() {
        return message;
    }

    /** The code a node answers with when session-sig verification fails with {@code code}. */
    public static NodeErrorCode of(SessionSigErrorCode code) {
        for (NodeErrorCode candidate : values()) {
            if (candidate.wireName.equals(code.wireName())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no node error code for " + code.wireName());
    }
}
