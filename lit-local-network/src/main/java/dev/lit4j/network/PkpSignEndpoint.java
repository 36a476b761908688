package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.EcdsaShareDealer;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.pkp.SigningSubset;
import dev.lit4j.network.sessionkey.PkpPermissionCheck;
import dev.lit4j.network.sessionkey.RequestedPkp;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * PKP signing: {@code POST /web/pkp/sign/v1} as a Datil node answers it (operations spec §1.3–1.4), and the inner
 * request of {@code POST /web/pkp/sign/v2} as a Naga node answers it (operations spec §5.7), in the node's order:
 * <ol>
 *   <li>an {@code authMethods} key → 400 {@code NodeCannotProvideAuthMethodForEndpoint}; an {@code authSig}
 *       that is not a session sig → 400 {@code NodeCannotProvideAuthSigForEndpoint};</li>
 *   <li>{@code pubkey} must be 65 bytes; the session sig is checked exactly as a Datil node does
 *       ({@link SessionSigCheck}, node-faithful, {@code pkp-signing} on {@code lit-pkp://<token id>}), its
 *       error code, status and message answered with the verifier's reasons as {@code details};</li>
 *   <li>the session's user must be permitted to sign with the PKP (its owner, an address or auth method
 *       permitted with scope 1, or the PKP itself for a PKP session) → else 401 {@code NodePKPNotAuthorized};</li>
 *   <li>the signing subset ({@link SigningSubset}) of threshold nodes is chosen from {@code toSign} and the
 *       {@code X-Request-Id}; a node outside it answers the fail share;</li>
 *   <li>a signing node checks that {@code toSign} is 32 bytes below n and answers its additive share of
 *       {@code s} for the round's common R ({@link EcdsaShareDealer}).</li>
 * </ol>
 * Faults: {@link NodeFaults#isWrongEcdsaShare()} answers a share off by a value of this node's own (a forged
 * share from a node outside the subset); {@link NodeFaults#isMissingEcdsaShare()} answers the fail share.
 *
 * On Naga the request also has {@code signingScheme} ({@code EcdsaK256Sha256}) and {@code nodeSet}, the signing
 * subset itself; {@code authMethods} are accepted and unused; after the session sig, its {@code maxPrice} must
 * cover the node's {@link NagaProduct#SIGN} price ({@code PaymentFailed}); the share is the v8
 * {@code EcdsaSignedMessageShare}; each failure carries lit-peer's short text ({@link NagaStep}).
 *
 * <p>Stateless apart from a per-node verifier cache; thread-safe.
 */
public final class PkpSignEndpoint implements NodeEndpoint {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final String SIGNING_FAILED = "Error signing with the PKP";
    private static final String INVALID_USER = "invalid user address";

    private final SessionSigCheck sessionSigs = new SessionSigCheck("pkpSign");

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        JsonObject body = request.body();
        // the node deserialises the whole body first, then checks in its handler's order
        byte[] toSign = toSign(body.get("toSign"));
        String pubkey = request.requiredString("pubkey");
        JsonObject authSigJson = SessionSigCheck.authSigField(body);
        SigningSubset nodeSet = node.isNaga() ? NodeSet.read(body, node) : null;
        if (node.isNaga()) {
            requireScheme(request.requiredString("signingScheme"));
        } else {
            // a Naga node accepts authMethods on v2 and does not use them (operations spec §5.7)
            sessionSigs.refuseAuthMethods(body);
        }
        AuthSig sessionSig = NagaStep.run(INVALID_USER, () -> sessionSigs.sessionSig(authSigJson));
        PkpPublicKey key = NagaStep.run("can't get token id from public key", () -> pkpPublicKey(pubkey));
        String userAddress = NagaStep.run(
                INVALID_USER,
                () -> sessionSigs.requireValid(
                        node, sessionSig, LitResource.pkp(key.tokenId()), LitAbility.PKP_SIGNING));
        if (node.isNaga()) {
            NagaStep.check(
                    "can't get payment method",
                    () -> sessionSigs.requirePayment(
                            node,
                            sessionSig,
                            LitResource.pkp(key.tokenId()),
                            LitAbility.PKP_SIGNING,
                            EthAddress.parseAnyCase("userAddress", userAddress),
                            NagaProduct.SIGN));
        }
        return NagaStep.run(
                "unable to get signature share", () -> sign(request, node, toSign, key, userAddress, nodeSet));
    }

    /** The PKP's permission check, then this node's share, or the fail share if it does not sign. */
    private static JsonObject sign(
            NodeRequest request,
            NodeContext node,
            byte[] toSign,
            PkpPublicKey key,
            String userAddress,
            SigningSubset nodeSet) {
        Pkp pkp = node.pkps()
                .findByPublicKey(key.hex())
                .orElseThrow(() -> LitNodeError.of(
                        NodeErrorCode.NODE_PKP_TOKEN_ID_NOT_FOUND, "no PKP with public key " + key.hex0x()));
        requireAuthorized(node, pkp, userAddress);
        String requestId = request.header(NodeRouter.X_REQUEST_ID).orElse(request.correlationId());
        SigningSubset subset = nodeSet != null
                ? nodeSet
                : SigningSubset.choose(toSign, requestId, node.peers().indices(), node.threshold());
        boolean signs = subset.contains(node.index());
        if ((!signs && !node.faults().isWrongEcdsaShare()) || node.faults().isMissingEcdsaShare()) {
            return node.isNaga() ? PkpSignAnswer.nagaFailShare(toSign, node.peerId()) : PkpSignAnswer.failShare(toSign);
        }
        DataToSign data = dataToSign(toSign);
        EcdsaShareDealer presignature = node.pkps().presignature(pkp.tokenId(), data, subset, requestId);
        BigInteger share = signs ? presignature.share(data, subset, node.index()) : BigInteger.ZERO;
        if (node.faults().isWrongEcdsaShare()) {
            share = share.add(wrongOffset(node.index(), requestId)).mod(N);
        }
        EcdsaSignatureShare signed = new EcdsaSignatureShare(node.url(), share, presignature.bigR(), key, data);
        return node.isNaga()
                ? PkpSignAnswer.nagaShare(toSign, signed, EcdsaShareDealer.participant(node.index()), node.peerId())
                : PkpSignAnswer.share(toSign, signed);
    }

    /** The Naga {@code signingScheme}: the local network signs with k256 ECDSA only. */
    private static void requireScheme(String scheme) {
        if (!PkpSignAnswer.NAGA_SIG_TYPE.equals(scheme)) {
            throw validation("signingScheme " + scheme + " is not supported by the local network: it signs with "
                            + PkpSignAnswer.NAGA_SIG_TYPE + " only")
                    .withShortText("unable to get signature share");
        }
    }

    /** The request's bytes, any length: a node checks the length only once it knows it signs. */
    private static byte[] toSign(JsonElement element) {
        if (element == null) {
            throw NodeRequest.invalidBody("missing field `toSign`");
        }
        if (!element.isJsonArray()) {
            throw NodeRequest.invalidBody("invalid type for `toSign`: expected a sequence of bytes, found " + element);
        }
        JsonArray array = element.getAsJsonArray();
        byte[] bytes = new byte[array.size()];
        for (int i = 0; i < bytes.length; i++) {
            JsonElement value = array.get(i);
            int b = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsInt() : -1;
            if (b < 0 || b > 255 || value.getAsDouble() != b) {
                throw NodeRequest.invalidBody("toSign[" + i + "]: expected an integer from 0 to 255, got " + value);
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    private static PkpPublicKey pkpPublicKey(String pubkey) {
        byte[] bytes;
        try {
            bytes = Hex.decodeOptional0x("pubkey", pubkey);
        } catch (InvalidInputException e) {
            throw validation(e.getMessage());
        }
        if (bytes.length != 65) {
            throw validation("Invalid pubkey length.  Expected 65 bytes, got " + bytes.length);
        }
        try {
            return PkpPublicKey.parse("pubkey", pubkey);
        } catch (InvalidInputException e) {
            throw validation(e.getMessage());
        }
    }

    private static DataToSign dataToSign(byte[] toSign) {
        if (toSign.length != 32) {
            throw LitNodeError.uncoded(
                            ErrorKind.VALIDATION,
                            SIGNING_FAILED,
                            "Message length to be signed is not 32"
                                    + " bytes.  Please hash it before sending it to the node to sign.  You can use SHA256 or Keccak256"
                                    + " for example")
                    .withStatus(400);
        }
        if (new BigInteger(1, toSign).compareTo(N) >= 0) {
            throw LitNodeError.uncoded(
                            ErrorKind.VALIDATION,
                            SIGNING_FAILED,
                            "Could not convert message to sign into ScalarPrimitive")
                    .withStatus(400);
        }
        return DataToSign.ofDigest(toSign);
    }

    /**
     * The session's user may sign with the PKP: it is the PKP itself (a PKP session, whose auth methods the
     * nodes checked when they signed its session key), or a wallet the PKP permits with scope 1 (SignAnything):
     * its owner, or a permitted address.
     */
    private static void requireAuthorized(NodeContext node, Pkp pkp, String userAddress) {
        if (EthAddress.parseAnyCase("userAddress", userAddress).equals(pkp.ethAddress())) {
            return;
        }
        AuthMethodContext wallet =
                new AuthMethodContext(userAddress, "lit", AuthMethodType.ETH_WALLET.value(), false, null);
        if (!PkpPermissionCheck.permits(
                node.pkps(),
                new RequestedPkp(pkp.publicKey(), pkp.ethAddress()),
                List.of(wallet),
                List.of(),
                Set.of(AuthMethodScope.SIGN_ANYTHING))) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_PKP_NOT_AUTHORIZED,
                    SIGNING_FAILED,
                    "Neither you nor this Lit" + " Action are authorized to sign using this PKP: " + pkp.publicKey0x());
        }
    }

    /** A non-zero offset of this node's own, so that two faulty nodes' errors never cancel. */
    private static BigInteger wrongOffset(int nodeIndex, String requestId) {
        BigInteger offset = new BigInteger(
                        1,
                        Hash.sha3(("lit4j-wrong-ecdsa-share|" + nodeIndex + "|" + requestId)
                                .getBytes(StandardCharsets.UTF_8)))
                .mod(N);
        return offset.signum() == 0 ? BigInteger.ONE : offset;
    }

    private static LitNodeError validation(String detail) {
        return LitNodeError.uncoded(ErrorKind.VALIDATION, detail).withStatus(400);
    }
}
