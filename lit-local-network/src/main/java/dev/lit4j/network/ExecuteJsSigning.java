package dev.lit4j.network;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.action.LitActionHost;
import dev.lit4j.network.action.LitAuthContext;
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
 * The signing calls of one {@code /web/execute} run on one node (operations spec §2.3), and the
 * {@code signedData} they produce: {@code signEcdsa} signs the 32 bytes with scope 1 (SignAnything),
 * {@code ethPersonalSignMessageEcdsa} the EIP-191 hash of the message with scope 2 (PersonalSign), each exactly
 * as {@code /web/pkp/sign/v1} does — the same deterministic signing subset of the request, the same dealt
 * presignature, and this node's additive share of s, or the fail share when the node is outside the subset.
 * On Naga the request's {@code nodeSet} is the subset, and each entry is the v8 form ({@link #nagaEntry}).
 * {@code claimKey} produces {@code claimData}: the derived key id signed by the node's wallet. Not thread-safe: one run calls it from its one thread.
 */
final class ExecuteJsSigning implements LitActionHost {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private final NodeContext node;
    private final LitAuthContext auth;
    private final String requestId;
    private final SigningSubset nodeSet;
    private final JsonObject signedData = new JsonObject();
    private final JsonObject claimData = new JsonObject();

    /**
     * @param auth the run's auth context: its user and the running action's CID decide what it may sign with
     * @param requestId the request's {@code X-Request-Id}, which with the digest picks the signing subset
     * @param nodeSet on Naga, the request's {@code nodeSet}, which is the signing subset; null on Datil
     */
    ExecuteJsSigning(NodeContext node, LitAuthContext auth, String requestId, SigningSubset nodeSet) {
        this.node = node;
        this.auth = auth;
        this.requestId = requestId;
        this.nodeSet = nodeSet;
    }

    @Override
    public void signEcdsa(byte[] toSign, String publicKey, String sigName) {
        sign(toSign, publicKey, sigName, AuthMethodScope.SIGN_ANYTHING);
    }

    @Override
    public void ethPersonalSignMessageEcdsa(byte[] message, String publicKey, String sigName) {
        sign(Eip191.hash(message), publicKey, sigName, AuthMethodScope.PERSONAL_SIGN);
    }

    /**
     * Claims the key derived from the running action's CID and {@code keyId} (operations spec §1.8:
     * {@code keccak256("<cid>_<keyId>")}): this node's wallet signs the derived key id.
     */
    @Override
    public void claimKey(String keyId) {
        List<String> actions = auth.actionIpfsIds();
        String running = actions.get(actions.size() - 1);
        byte[] derivedKeyId = Hash.sha3((running + "_" + keyId).getBytes(StandardCharsets.UTF_8));
        String rsv = node.wallet().sign(derivedKeyId).toRsvHex();
        JsonObject claim = new JsonObject();
        claim.addProperty("signature", rsv.substring(2));
        claim.addProperty("derivedKeyId", Hex.encode(derivedKeyId));
        claimData.add(keyId, claim);
    }

    /** {@code signedData}: each signature's entry, by {@code sigName}. */
    JsonObject signedData() {
        return signedData;
    }

    /** {@code claimData}: each claim, by key id. */
    JsonObject claimData() {
        return claimData;
    }

    private void sign(byte[] toSign, String publicKey, String sigName, AuthMethodScope scope) {
        PkpPublicKey key;
        try {
            key = PkpPublicKey.parse("publicKey", publicKey);
        } catch (InvalidInputException e) {
            throw new LitException("Error signing with the PKP: " + e.getMessage());
        }
        Pkp pkp = node.pkps()
                .findByPublicKey(key.hex())
                .orElseThrow(() -> new LitException("Pubkey share not found on this node PKP: " + key.hex0x()));
        requireAuthorized(pkp, scope);
        DataToSign data = digest(toSign);
        SigningSubset subset = nodeSet != null
                ? nodeSet
                : SigningSubset.choose(toSign, requestId, node.peers().indices(), node.threshold());
        if (!subset.contains(node.index())) {
            signedData.add(
                    sigName,
                    node.isNaga()
                            ? nagaEntry(PkpSignAnswer.nagaFailOutput(node.peerId()), sigName)
                            : failEntry(sigName));
            return;
        }
        EcdsaShareDealer presignature = node.pkps().presignature(pkp.tokenId(), data, subset, requestId);
        BigInteger share = presignature.share(data, subset, node.index());
        if (node.isNaga()) {
            signedData.add(
                    sigName,
                    nagaEntry(
                            PkpSignAnswer.nagaOutput(
                                    new EcdsaSignatureShare(node.url(), share, presignature.bigR(), key, data),
                                    EcdsaShareDealer.participant(node.index()),
                                    node.peerId()),
                            sigName));
            return;
        }
        JsonObject entry = new JsonObject();
        entry.addProperty("sigType", "K256");
        entry.addProperty("dataSigned", PkpSignAnswer.quotedHex(data.hex()));
        entry.addProperty("signatureShare", PkpSignAnswer.quotedHex(String.format("%064x", share)));
        entry.addProperty("shareIndex", 0);
        entry.addProperty("bigR", PkpSignAnswer.quotedHex(presignature.bigR()));
        entry.addProperty("publicKey", PkpSignAnswer.quotedHex(key.hex()));
        entry.addProperty("sigName", sigName);
        signedData.add(sigName, entry);
    }

    /**
     * The run may sign with the PKP: its user is the PKP itself (a PKP session), or the PKP permits the user's
     * wallet or the running action with {@code scope} (the node's {@code check_pkp_auth}).
     */
    private void requireAuthorized(Pkp pkp, AuthMethodScope scope) {
        String user = auth.authSigAddress();
        if (user != null && EthAddress.parseAnyCase("authSigAddress", user).equals(pkp.ethAddress())) {
            return;
        }
        List<AuthMethodContext> wallet = user == null
                ? List.of()
                : List.of(new AuthMethodContext(user, "lit", AuthMethodType.ETH_WALLET.value(), false, null));
        if (!PkpPermissionCheck.permits(
                node.pkps(),
                new RequestedPkp(pkp.publicKey(), pkp.ethAddress()),
                wallet,
                auth.actionIpfsIds(),
                Set.of(scope))) {
            throw new LitException(
                    "Neither you nor this Lit Action are authorized to sign using this PKP: " + pkp.publicKey0x());
        }
    }

    private static DataToSign digest(byte[] toSign) {
        if (toSign.length != 32) {
            throw new LitException("Message length to be signed is not 32 bytes.  Please hash it before sending it"
                    + " to the node to sign.  You can use SHA256 or Keccak256 for example");
        }
        if (new BigInteger(1, toSign).compareTo(N) >= 0) {
            throw new LitException("Could not convert message to sign into ScalarPrimitive");
        }
        return DataToSign.ofDigest(toSign);
    }

    /**
     * A Naga {@code signedData} entry (operations spec §5.8): {@code {sigType, signatureShare, publicKey,
     * sigName}}, the share as the JSON string of its {@code SignableOutput}, the key as the share writes it.
     */
    private static JsonObject nagaEntry(JsonObject output, String sigName) {
        JsonObject entry = new JsonObject();
        entry.addProperty("sigType", PkpSignAnswer.NAGA_SIG_TYPE);
        entry.addProperty("signatureShare", output.toString());
        entry.addProperty(
                "publicKey",
                output.getAsJsonObject("EcdsaSignedMessageShare")
                        .get("public_key")
                        .getAsString());
        entry.addProperty("sigName", sigName);
        return entry;
    }

    private static JsonObject failEntry(String sigName) {
        JsonObject entry = new JsonObject();
        entry.addProperty("sigType", "K256");
        entry.addProperty("dataSigned", "fail");
        entry.addProperty("signatureShare", "");
        entry.addProperty("shareIndex", 0);
        entry.addProperty("bigR", "");
        entry.addProperty("publicKey", "");
        entry.addProperty("sigName", sigName);
        return entry;
    }
}
