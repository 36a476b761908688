package dev.lit4j.testkit.storage;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import java.time.Instant;
import java.util.List;

/**
 * Identities, session keys and AuthSigs for session-store tests: real wire values from the JS SDK's
 * known answers, and identities that are awkward to store (every kind; characters that are unsafe in file
 * names, SQL and URLs; a very long one).
 */
public final class SessionStoreSamples {

    /** The wallet of the JS SDK's known answers (Hardhat account #0). */
    public static final SessionIdentity WALLET =
            new SessionIdentity(SessionIdentity.Kind.WALLET, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    /** A second wallet. */
    public static final SessionIdentity OTHER_WALLET =
            new SessionIdentity(SessionIdentity.Kind.WALLET, "0x5D467fe98ff120fe0C85F2217bC61732571b28EC");
    /** A PKP, by its uncompressed public key. */
    public static final SessionIdentity PKP = new SessionIdentity(
            SessionIdentity.Kind.PKP,
            "04" + "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                    + "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5");
    /** A Lit Action, by its IPFS CID. */
    public static final SessionIdentity LIT_ACTION =
            new SessionIdentity(SessionIdentity.Kind.LIT_ACTION, "QmSJ3w5TorMq2yv8JdMXJGVadWDe3yctGWujZdc7sF88gt");
    /** A custom identity whose id holds path separators, dots, quotes, SQL and URL syntax and non-ASCII. */
    public static final SessionIdentity AWKWARD =
            new SessionIdentity(SessionIdentity.Kind.CUSTOM, "../..\\tenant/Ünïcødé*?<>|%2F'\";--DROP_TABLE.json");
    /** A custom identity too long for a file name as it is. */
    public static final SessionIdentity LONG = new SessionIdentity(SessionIdentity.Kind.CUSTOM, "x".repeat(400));
    /** The same id as {@link #WALLET}, but of another kind: a different identity. */
    public static final SessionIdentity WALLET_ID_AS_CUSTOM =
            new SessionIdentity(SessionIdentity.Kind.CUSTOM, WALLET.id());

    /** The session key of the JS SDK's known answers: seed {@code 07} × 32. */
    public static final SessionKeyPair SESSION_KEY = SessionKeyPair.fromJs(
            "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
            "0707070707070707070707070707070707070707070707070707070707070707"
                    + "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c");

    /** The EOA AuthSig of the JS SDK's known answers: {@link #WALLET} delegating to {@link #SESSION_KEY}. */
    public static final AuthSig WALLET_AUTH_SIG = AuthSig.wallet(
            "0xcf6b49183f1a090016f5fa839ef7f55e0a9598e20a120e74b07d19706e8b60cb0841a959b37b2b22478d0b4d3c335d99"
                    + "058c241182a0cdd3223144562bdcdc8d1b",
            "localhost wants you to sign in with your Ethereum account:\n"
                    + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\n"
                    + "This is a test statement.  You can put anything you want here. I further authorize the"
                    + " stated URI to perform the following actions on my behalf: (1) 'Threshold': 'Execution'"
                    + " for 'lit-litaction://*'. (2) 'Threshold': 'Signing' for 'lit-pkp://*'.\n\n"
                    + "URI: lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c\n"
                    + "Version: 1\n"
                    + "Chain ID: 1\n"
                    + "Nonce: 0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c\n"
                    + "Issued At: 2025-01-15T10:00:00.000Z\n"
                    + "Expiration Time: 2025-01-16T10:00:00.000Z\n"
                    + "Resources:\n"
                    + "- urn:recap:eyJhdHQiOnsibGl0LWxpdGFjdGlvbjovLyoiOnsiVGhyZXNob2xkL0V4ZWN1dGlvbiI6W3t9XX0s"
                    + "ImxpdC1wa3A6Ly8qIjp7IlRocmVzaG9sZC9TaWduaW5nIjpbe31dfX0sInByZiI6W119",
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    /** The {@code Expiration Time} of {@link #WALLET_AUTH_SIG}. */
    public static final Instant WALLET_AUTH_SIG_EXPIRATION = Instant.parse("2025-01-16T10:00:00Z");

    /**
     * A PKP AuthSig in the network's BLS form, from a real Datil session (for session key
     * {@code 8356…70da}): a JSON-in-a-string {@code sig}, an {@code algo}, and a ReCap with escaped quotes.
     */
    public static final AuthSig BLS_AUTH_SIG = new AuthSig(
            "{\"ProofOfPossession\":\"b868bcc867277cd160a60778acf0316a0c89c6b17127c5c2577ead9c25d073"
                    + "f6eefe4a1f7c342cd2b4e49648964354860813897273df3b78f2fe7cf00bbaad8e8586ef14c03f018c15"
                    + "5827496f8ac385fc49fad21833dcd225bf8de53b2dd712\"}",
            AuthSig.DERIVED_VIA_BLS,
            "litprotocol.com wants you to sign in with your Ethereum account:\n"
                    + "0x4F92B988dfF23a7A476C256E621206F120f92337\n"
                    + "\n"
                    + "Lit Protocol PKP session signature I further authorize the stated URI to perform the"
                    + " following actions on my behalf: I further authorize the stated URI to perform the f"
                    + "ollowing actions on my behalf: (1) 'Threshold': 'Execution' for 'lit-litaction://*'."
                    + " (2) 'Threshold': 'Signing' for 'lit-pkp://*'. I further authorize the stated URI to"
                    + " perform the following actions on my behalf: (1) 'Threshold': 'Execution' for 'lit-l"
                    + "itaction://*'. (2) 'Threshold': 'Signing' for 'lit-pkp://*'. (3) 'Auth': 'Auth' for "
                    + "'lit-resolvedauthcontext://*'.\n"
                    + "\n"
                    + "URI: lit:session:8356d1e28349e2c8d1e7b3b85d7fa2913ad0c6961a39a5227c943839898870da\n"
                    + "Version: 1\n"
                    + "Chain ID: 1\n"
                    + "Nonce: 0xfba8cfeb4e933e68851e7b993e17cc7be919373ff0afce1d44db8ae4fe03436a\n"
                    + "Issued At: 2024-10-16T13:47:47Z\n"
                    + "Expiration Time: 2024-10-17T13:48:16.466Z\n"
                    + "Resources:\n"
                    + "- urn:recap:eyJhdHQiOnsibGl0LWxpdGFjdGlvbjovLyoiOnsiVGhyZXNob2xkL0V4ZWN1dGlvbiI6W3t9"
                    + "XX0sImxpdC1wa3A6Ly8qIjp7IlRocmVzaG9sZC9TaWduaW5nIjpbe31dfSwibGl0LXJlc29sdmVkYXV0aGNv"
                    + "bnRleHQ6Ly8qIjp7IkF1dGgvQXV0aCI6W3siYXV0aF9jb250ZXh0Ijp7ImFjdGlvbklwZnNJZHMiOlsiUW1T"
                    + "SjN3NVRvck1xMnl2OEpkTVhKR1ZhZFdEZTN5Y3RHV3VqWmRjN3NGODhndCJdLCJhdXRoTWV0aG9kQ29udGV4"
                    + "dHMiOltdLCJhdXRoU2lnQWRkcmVzcyI6bnVsbCwiY3VzdG9tQXV0aFJlc291cmNlIjoiXCIodHJ1ZSwge1xc"
                    + "XCJNT1xcXCI6XFxcIkZPXFxcIixcXFwicHJpdmF0ZUtleVxcXCI6XFxcIjB4MzE5NGM0ZmYwMTQ4YWU1Yzgz"
                    + "ZTk0NGU0ZTY1NGIwM2JkNjYzYWRkNmM4NmY5MjIwNTUzNjZjNmYyMzA2YjFhN1xcXCJ9KVwiIiwicmVzb3Vy"
                    + "Y2VzIjpbXX19XX19LCJwcmYiOltdfQ",
            "0x4F92B988dfF23a7A476C256E621206F120f92337",
            AuthSig.ALGO_BLS);

    /** Every awkward identity, one of each kind first. */
    public static final List<SessionIdentity> IDENTITIES =
            List.of(WALLET, PKP, LIT_ACTION, AWKWARD, LONG, OTHER_WALLET, WALLET_ID_AS_CUSTOM);

    private SessionStoreSamples() {}

    /**
     * A wallet AuthSig unique to {@code n}, delegating to {@code sessionKey}: for tests that write many.
     * The same {@code n} and key always give the same AuthSig.
     */
    public static AuthSig numberedAuthSig(int n, SessionPublicKey sessionKey) {
        String sig = "0x" + String.format("%0130x", n);
        return AuthSig.wallet(
                sig,
                "sample AuthSig " + n + "\nURI: " + sessionKey.uri() + "\n" + "Ünïcødé \"quoted\" \\ back\tslash",
                WALLET.id());
    }
}
