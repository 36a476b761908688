package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.pkp.AuthMethodType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verifies an EthWallet auth method (type 1) of a {@code sign_session_key} request as a Datil node does
 * (its wallet verifier, node spec §2.12): the access token is the JSON of a wallet AuthSig over a plain
 * SIWE; the signature must recover to the AuthSig's address, which must be the SIWE's; the SIWE must not
 * delegate to a session key or a capability, and must pass {@link SiweTimeRules}.
 * Stateless.
 */
public final class EthWalletAuthMethod {
    /** The app id of every EthWallet auth method. */
    public static final String APP_ID = "lit";

    private static final String SIG_FIELD = "accessToken.sig";
    private static final List<String> FORBIDDEN_URI_PREFIXES = List.of("lit:session", "lit:capability:delegation");

    private EthWalletAuthMethod() {}

    /**
     * The auth method context of a valid EthWallet access token at {@code now}: the AuthSig's address as
     * sent as {@code userId}, app id {@value #APP_ID}, type 1, marked as used for a session-key request, and
     * the SIWE's expiration time in Unix seconds.
     *
     * @throws LitNodeError as the node answers: {@code NodeWalletSignatureJSONError} for a token that is
     *     not a strict AuthSig, {@code NodeAuthSigSignatureConversionError} for a signature that is not 65
     *     hex bytes, {@code NodeAuthSigAddressConversionError} for an address that is not one,
     *     {@code NodeInvalidAuthSig} for a SIWE delegating to {@code lit:session…} or
     *     {@code lit:capability:delegation}, the {@link SiweTimeRules} errors, and an uncoded error (HTTP 500)
     *     for a SIWE that does not parse or a signature by someone else
     */
    public static AuthMethodContext verify(String accessToken, Instant now) {
        InvalidInputException.requireNonNull("accessToken", accessToken);
        AuthSig authSig = parseAuthSig(accessToken);
        requireSignatureForm(authSig.sig());
        EthAddress presented = presentedAddress(authSig.address());
        if (!recover(authSig.signedMessage(), authSig.sig()).equals(Optional.of(presented))) {
            throw LitNodeError.uncoded(
                    ErrorKind.VALIDATION,
                    "Invalid signature verification",
                    "the signature does not recover to " + presented + " over the signed message");
        }
        SiweMessage siwe = parseSiwe(authSig.signedMessage());
        if (FORBIDDEN_URI_PREFIXES.stream().anyMatch(siwe.uri()::startsWith)) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_INVALID_AUTH_SIG, "Invalid URI for top level auth sig: " + siwe.uri());
        }
        SiweTimeRules.check(siwe, now);
        // The node recovers once more, over the re-rendered SIWE, and wants the SIWE's address. SiweMessage only
        // parses text that renders back to itself, so that recovery gives the presented address again.
        if (!siwe.address().equals(presented)) {
            throw LitNodeError.uncoded(
                    ErrorKind.VALIDATION,
                    "Error verifying SIWE signature",
                    "the signature" + " recovers to " + presented + ", not to the SIWE address " + siwe.address());
        }
        long expiration = siwe.expirationTimeInstant().orElseThrow().getEpochSecond();
        return new AuthMethodContext(authSig.address(), APP_ID, AuthMethodType.ETH_WALLET.value(), true, expiration);
    }

    private static AuthSig parseAuthSig(String accessToken) {
        try {
            return AuthSigJson.parse("accessToken", accessToken);
        } catch (InvalidInputException e) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_WALLET_SIGNATURE_JSON_ERROR,
                            "Unable to parse string into a JsonAuthSig",
                            e.getMessage())
                    .withKind(ErrorKind.PARSER);
        }
    }

    private static void requireSignatureForm(String sig) {
        try {
            EcdsaSignature.parseRsvHex(SIG_FIELD, sig);
        } catch (InvalidInputException e) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_AUTH_SIG_SIGNATURE_CONVERSION_ERROR,
                            "Error parsing the signature",
                            e.getMessage())
                    .withKind(ErrorKind.PARSER);
        }
    }

    // Like the node's H160 parser: 0x optional, any letter case, no checksum check.
    private static EthAddress presentedAddress(String address) {
        try {
            return EthAddress.parseAnyCase("accessToken.address", address.startsWith("0x") ? address : "0x" + address);
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_AUTH_SIG_ADDRESS_CONVERSION_ERROR, e.getMessage());
        }
    }

    private static SiweMessage parseSiwe(String text) {
        try {
            return SiweMessage.parse(text);
        } catch (InvalidInputException e) {
            throw LitNodeError.uncoded(ErrorKind.PARSER, "Parse error on SIWE", e.getMessage());
        }
    }

    private static Optional<EthAddress> recover(String message, String sig) {
        try {
            return Optional.of(PersonalSignatureVerifier.recoverSigner(SIG_FIELD, message, sig));
        } catch (InvalidSignatureException e) {
            return Optional.empty();
        }
    }
}
