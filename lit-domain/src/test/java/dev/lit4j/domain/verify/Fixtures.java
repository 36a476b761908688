package dev.lit4j.domain.verify;

import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.internal.SessionMessageBody;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;

/**
 * The session-sig flow vector ({@code session-sig-flow.json}) and the means to change one thing in it
 * and sign again: the vector's session key (seed 07×32) and wallet (Hardhat key #0).
 */
final class Fixtures {
    static final String FLOW = "session-sig-flow.json";
    static final SessionKeyPair SESSION_KEY =
            SessionKeyPair.fromSeed(Hex.decode("seed", Vectors.string(FLOW, "sessionKey", "seedHex")));
    static final Credentials WALLET = Credentials.create(Vectors.string(FLOW, "wallet", "privateKey"));
    static final EthAddress WALLET_ADDRESS =
            EthAddress.parseChecksummed("wallet", Vectors.string(FLOW, "wallet", "address"));
    /** The time the session sig was made. */
    static final Instant NOW = Instant.parse("2025-01-15T10:00:05.123Z");

    static final String NODE_URL = Vectors.string(FLOW, "sessionSig", "nodeUrl");
    static final NodeAddress NODE = NodeAddress.fromUrl(NODE_URL);
    static final String ISSUED_AT = "2025-01-15T10:00:05.123Z";
    static final String EXPIRATION = "2025-01-16T10:00:00.000Z";
    static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    static final Instant SIWE_ISSUED_AT = Instant.parse("2025-01-15T10:00:00.000Z");
    static final Instant SIWE_EXPIRATION = Instant.parse("2025-01-16T10:00:00.000Z");

    static final LitResource PKP_ANY = LitResource.wildcard(ResourcePrefix.PKP);
    static final LitResource PKP_ONE =
            LitResource.pkp("8e1a6c2b9d4f3e5a7b6c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
    static final LitResource ACTION_ONE = LitResource.litAction("QmSJ3w5TorMq2yv8JdMXJGVadWDe3yctGWujZdc7sF88gt");
    static final List<ResourceAbilityRequest> REQUESTS = List.of(
            ResourceAbilityRequest.of(PKP_ANY, LitAbility.PKP_SIGNING),
            ResourceAbilityRequest.of(
                    LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION));

    static final AuthSig VECTOR_SESSION_SIG = new AuthSig(
            Vectors.string(FLOW, "sessionSig", "sig"),
            Vectors.string(FLOW, "sessionSig", "derivedVia"),
            Vectors.string(FLOW, "sessionSig", "signedMessage"),
            Vectors.string(FLOW, "sessionSig", "address"),
            Vectors.string(FLOW, "sessionSig", "algo"));
    static final AuthSig EOA = new AuthSig(
            Vectors.string(FLOW, "eoaAuthSig", "sig"),
            Vectors.string(FLOW, "eoaAuthSig", "derivedVia"),
            Vectors.string(FLOW, "eoaAuthSig", "signedMessage"),
            Vectors.string(FLOW, "eoaAuthSig", "address"),
            null);
    /** The capacity delegation of {@code siwe-recap-js.json}: token 25364 to 0x7099…79C8, 100 uses, by Hardhat #0. */
    static final AuthSig DELEGATION = new AuthSig(
            Vectors.string("siwe-recap-js.json", "capacityDelegation", "authSig", "sig"),
            Vectors.string("siwe-recap-js.json", "capacityDelegation", "authSig", "derivedVia"),
            Vectors.string("siwe-recap-js.json", "capacityDelegation", "authSig", "signedMessage"),
            Vectors.string("siwe-recap-js.json", "capacityDelegation", "authSig", "address"),
            null);

    static final EthAddress DELEGATEE = EthAddress.parseChecksummed(
            "delegatee",
            Vectors.string("siwe-recap-js.json", "capacityDelegation", "inputs", "delegateeAddresses", "0"));

    private Fixtures() {}

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static SessionSigVerifier verifier(VerificationMode mode) {
        return verifierAt(mode, NOW);
    }

    static SessionSigVerifier verifierAt(VerificationMode mode, Instant now) {
        return SessionSigVerifier.builder(NODE, mode).clock(clockAt(now)).build();
    }

    /** The vector's wallet SIWE with another URI and expiration. */
    static SiweMessage walletSiwe(String uri, Instant expiration) {
        return LitSiweBuilder.create(WALLET_ADDRESS, NONCE, SIWE_ISSUED_AT)
                .uri(uri)
                .expiration(expiration)
                .resources(REQUESTS)
                .build();
    }

    /** A wallet AuthSig over {@code siwe}, signed by Hardhat key #0 as personal_sign does. */
    static AuthSig walletAuthSig(SiweMessage siwe) {
        String text = siwe.render();
        return AuthSig.wallet(personalSign(text), text, WALLET_ADDRESS.checksummed());
    }

    /** {@code 0x} + r‖s‖v of Hardhat key #0's EIP-191 signature of {@code text}. */
    static String personalSign(String text) {
        Sign.SignatureData data =
                Sign.signPrefixedMessage(text.getBytes(StandardCharsets.UTF_8), WALLET.getEcKeyPair());
        return "0x" + Hex.encode(data.getR()) + Hex.encode(data.getS()) + Hex.encode(data.getV());
    }

    /** A session sig by the vector's session key over a message built from these parts. */
    static AuthSig sessionSig(
            List<ResourceAbilityRequest> requests,
            List<AuthSig> capabilities,
            String issuedAt,
            String expiration,
            String nodeUrl) {
        return sessionSig(SESSION_KEY, requests, capabilities, issuedAt, expiration, nodeUrl);
    }

    static AuthSig sessionSig(
            SessionKeyPair key,
            List<ResourceAbilityRequest> requests,
            List<AuthSig> capabilities,
            String issuedAt,
            String expiration,
            String nodeUrl) {
        String message =
                new SessionMessageBody(key.publicKey(), requests, capabilities, issuedAt, expiration).forNode(nodeUrl);
        return SessionSig.sign(key, message).authSig();
    }

    /** The vector's session sig with other capabilities. */
    static AuthSig withCapabilities(List<AuthSig> capabilities) {
        return sessionSig(REQUESTS, capabilities, ISSUED_AT, EXPIRATION, NODE_URL);
    }

    /** The vector's session sig with other times. */
    static AuthSig withTimes(String issuedAt, String expiration) {
        return sessionSig(REQUESTS, List.of(EOA), issuedAt, expiration, NODE_URL);
    }

    /** {@code signedMessage} signed by the vector's session key, as it is. */
    static AuthSig signedText(String signedMessage) {
        return SessionSig.sign(SESSION_KEY, signedMessage).authSig();
    }
}
