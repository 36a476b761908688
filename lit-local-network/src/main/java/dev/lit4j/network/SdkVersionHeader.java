package dev.lit4j.network;

import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;

/**
 * The {@code X-Lit-SDK-Version} request guard: the header, if present, must be a semantic version
 * (semver 2.0.0, as Rust's {@code semver} crate parses it) other than {@code 0.0.0}.
 */
final class SdkVersionHeader {
    static final String NAME = "X-Lit-SDK-Version";
    /** What a node assumes when the header is absent: the last version before SDKs sent it. */
    static final String ABSENT = "1.2.60";

    private SdkVersionHeader() {}

    /**
     * The version the request declares.
     *
     * @throws LitNodeError {@code CoreApiInvalidXSDKVersionHeader} with HTTP 418 if it is not valid
     */
    static String verify(String header) {
        if (header == null) {
            return ABSENT;
        }
        if (!isSemver(header)) {
            throw rejected(header).withKind(ErrorKind.CONVERSION);
        }
        if (header.matches("0\\.0\\.0([-+].*)?")) {
            throw rejected(header);
        }
        return header;
    }

    private static LitNodeError rejected(String header) {
        return LitNodeError.of(
                        NodeErrorCode.CORE_API_INVALID_X_SDK_VERSION_HEADER,
                        "Invalid '" + NAME + "' header; presented '" + header + "'")
                .withStatus(418);
    }

    private static boolean isSemver(String text) {
        String rest = text;
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            if (!identifiers(rest.substring(plus + 1), false)) {
                return false;
            }
            rest = rest.substring(0, plus);
        }
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            if (!identifiers(rest.substring(dash + 1), true)) {
                return false;
            }
            rest = rest.substring(0, dash);
        }
        String[] core = rest.split("\\.", -1);
        if (core.length != 3) {
            return false;
        }
        for (String number : core) {
            if (!isNumber(number) || !fitsU64(number)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identifiers(String text, boolean preRelease) {
        for (String identifier : text.split("\\.", -1)) {
            if (identifier.isEmpty()
                    || !identifier.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) && c < 0x80)) {
                return false;
            }
            boolean numeric = identifier.chars().allMatch(c -> c >= '0' && c <= '9');
            if (preRelease && numeric && !isNumber(identifier)) {
                return false;
            }
        }
        return true;
    }

    /** Digits without a leading zero (except "0" itself). */
    private static boolean isNumber(String text) {
        return !text.isEmpty()
                && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && (text.length() == 1 || text.charAt(0) != '0');
    }

    private static boolean fitsU64(String digits) {
        try {
            Long.parseUnsignedLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
