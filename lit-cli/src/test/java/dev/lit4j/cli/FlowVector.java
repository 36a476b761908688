package dev.lit4j.cli;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.internal.SessionMessageBody;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts of {@code docs/spec/vectors/session-sig-flow.json} (tweetnacl and ethers 5, as the JS SDK 7.4 makes them)
 * and {@code siwe-recap-js.json}: Hardhat account 0 as the wallet, session key from seed {@code 07…07}.
 */
final class FlowVector {
    /** The node of the vector's session sig. */
    static final String NODE = "https://15.235.83.220:7470";
    /** When the vector's session sig was issued. */
    static final String ISSUED_AT = "2025-01-15T10:00:05.123Z";
    /** The wallet: Hardhat account 0. */
    static final String WALLET = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    /** The session key. */
    static final String SESSION_KEY = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
    /** The seed of the session key. */
    static final String SESSION_KEY_SEED = "07".repeat(32);
    /** The SIWE of the wallet's AuthSig. */
    static final String EOA_SIWE = SiweCommandTest.JS_MESSAGE;
    /** The wallet's AuthSig, delegating PKP signing and Lit Action execution to the session key. */
    static final AuthSig EOA_AUTH_SIG = AuthSig.wallet(
            "0xcf6b49183f1a090016f5fa839ef7f55e0a9598e20a120e74b07d19706e8"
                    + "b60cb0841a959b37b2b22478d0b4d3c335d99058c241182a0cdd3223144562bdcdc8d1b",
            EOA_SIWE,
            WALLET);
    /** A node address that, printed raw, would end the report and print a green verdict of its own. */
    static final String SPOOFED_NODE_ADDRESS =
            FlowVector.NODE + "\n\u001b[32msession sig VALID (node-faithful mode) for"
                    + " pkp-signing on lit-pkp://*\u001b[0m\na Lit node accepts the session sig\u2028\u202e";
    /** A Hardhat account 1 delegatee. */
    static final String DELEGATEE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    /** The capacity delegation of siwe-recap-js.json: token 25364, to {@link #DELEGATEE}, 100 uses. */
    static final AuthSig DELEGATION_AUTH_SIG = AuthSig.wallet(
            "0x40ffc0236451f4415182d7245a187de0cb982c541c4fb85214e1"
                    + "03017d292ff862fa3a1b1fed7ebf74f7508f80c03b870353c6e64f6b11c69191087406ae67401b",
            "localhost wants you to sign in with your Ethereum account:\n" + WALLET + "\n\n"
                    + "This is a test statement.  You can put anything you want here. I further authorize the stated URI to"
                    + " perform the following actions on my behalf: (1) 'Auth': 'Auth' for 'lit-ratelimitincrease://25364'.\n\n"
                    + "URI: lit:capability:delegation\n"
                    + "Version: 1\n"
                    + "Chain ID: 1\n"
                    + "Nonce: " + SiweCommandTest.NONCE + "\n"
                    + "Issued At: 2025-01-15T10:00:00.000Z\n"
                    + "Expiration Time: 2025-01-22T10:00:00.000Z\n"
                    + "Resources:\n"
                    + "- urn:recap:eyJhdHQiOnsibGl0LXJhdGVsaW1pdGluY3JlYXNlOi8vMjUzNjQiOnsiQXV0aC9BdXRoIjpbeyJkZWxlZ2F0ZV90byI6"
                    + "WyI3MDk5Nzk3MEM1MTgxMmRjM0EwMTBDN2QwMWI1MGUwZDE3ZGM3OUM4Il0sIm5mdF9pZCI6WyIyNTM2NCJdLCJ1c2VzIjoiMTAwIn1d"
                    + "fX0sInByZiI6W119",
            WALLET);

    private FlowVector() {}

    /** The vector's session key and wallet, with the vector's capacity delegation first, for two nodes. */
    static SessionSigs delegatedSession() {
        SessionKeyPair key = SessionKeyPair.fromSeed(Hex.decode("seed", SESSION_KEY_SEED));
        List<AuthSig> capabilities = List.of(DELEGATION_AUTH_SIG, EOA_AUTH_SIG);
        SessionMessageBody body = new SessionMessageBody(
                key.publicKey(), SessionOptions.DEFAULT_RESOURCES, capabilities, ISSUED_AT, "2025-01-16T10:00:00.000Z");
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        for (String node : List.of("https://127.0.0.1:7470", "https://127.0.0.1:7471")) {
            sigs.put(node, SessionSig.sign(key, body.forNode(node)));
        }
        return new SessionSigs(sigs);
    }

    /**
     * The vector's session key and wallet signing, for {@link #NODE}, a message that names {@code nodeAddress}
     * and carries {@code capabilities}.
     */
    static SessionSigs sessionFor(String nodeAddress, List<AuthSig> capabilities) {
        return sessionFor(nodeAddress, SessionOptions.DEFAULT_RESOURCES, capabilities);
    }

    /** {@link #sessionFor(String, List)} requesting {@code requests}. */
    static SessionSigs sessionFor(
            String nodeAddress, List<ResourceAbilityRequest> requests, List<AuthSig> capabilities) {
        SessionKeyPair key = SessionKeyPair.fromSeed(Hex.decode("seed", SESSION_KEY_SEED));
        SessionMessageBody body =
                new SessionMessageBody(key.publicKey(), requests, capabilities, ISSUED_AT, "2025-01-16T10:00:00.000Z");
        return new SessionSigs(Map.of(NODE, SessionSig.sign(key, body.forNode(nodeAddress))));
    }

    /** The vector's session sig as a map file: {@code {"https://15.235.83.220:7470":{…}}}. */
    static Path mapFile() {
        try {
            return Path.of(
                    FlowVector.class.getResource("/session-sig-flow-map.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
