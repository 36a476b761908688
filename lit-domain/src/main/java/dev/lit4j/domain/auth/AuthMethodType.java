package dev.lit4j.domain.auth;

import dev.lit4j.domain.InvalidInputException;

/** The kinds of auth method a PKP can be bound to, with their wire numbers (client spec §7.10). */
public enum AuthMethodType {
    /** An Ethereum wallet: the access token is the JSON of a wallet AuthSig over a plain SIWE. */
    ETH_WALLET(1),
    /** A custom Lit Action. */
    LIT_ACTION(2),
    /** A WebAuthn credential. */
    WEB_AUTHN(3),
    /** A Discord OAuth access token. */
    DISCORD(4),
    /** A Google OAuth access token (legacy). */
    GOOGLE(5),
    /** A Google ID token (JWT). */
    GOOGLE_JWT(6),
    /** An Apple ID token (JWT). */
    APPLE_JWT(8),
    /** A Stytch session JWT. */
    STYTCH_OTP(9),
    /** A Stytch email-factor JWT. */
    STYTCH_EMAIL_FACTOR_OTP(10),
    /** A Stytch SMS-factor JWT. */
    STYTCH_SMS_FACTOR_OTP(11),
    /** A Stytch WhatsApp-factor JWT. */
    STYTCH_WHATSAPP_FACTOR_OTP(12),
    /** A Stytch TOTP-factor JWT. */
    STYTCH_TOTP_FACTOR_OTP(13);

    private final int wireValue;

    AuthMethodType(int wireValue) {
        this.wireValue = wireValue;
    }

    /** The number that stands for this type on the wire and on chain. */
    public int wireValue() {
        return wireValue;
    }

    /** The type whose wire number is {@code value}. */
    public static AuthMethodType fromWireValue(int value) {
        for (AuthMethodType type : values()) {
            if (type.wireValue == value) {
                return type;
            }
        }
        throw new InvalidInputException(
                "authMethodType", "unknown auth method type " + value + "; expected one of 1-6 or 8-13");
    }
}
