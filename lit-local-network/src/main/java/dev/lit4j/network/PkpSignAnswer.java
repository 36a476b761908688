package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.naga.PeerId;
import dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The body a node answers PKP signing with: {@code {"success":true,"signedData":[…],"signatureShare":{…}}}.
 * On Datil ({@code /web/pkp/sign/v1}, operations spec §1.4) the share is a snake_case {@code SignedMessageShare}
 * whose k256 values are "quoted hex" (upper case, inside {@code "}), with {@code share_index} 0; on Naga
 * ({@code /web/pkp/sign/v2}, operations spec §5.7) it is wrapped as {@code {"EcdsaSignedMessageShare":{…}}}
 * with a plain-hex {@code digest}, the participant's {@code share_id}, the node's {@code peer_id}, both forms of
 * the key and {@code sig_type} {@code EcdsaK256Sha256}. A node outside the signing subset answers the "fail
 * share".
 */
final class PkpSignAnswer {
    /** The Naga {@code sig_type} and {@code signingScheme} of k256 ECDSA. */
    static final String NAGA_SIG_TYPE = EcdsaSignedMessageShare.SIG_TYPE;

    private PkpSignAnswer() {}

    /** A signing node's answer. */
    static JsonObject share(byte[] toSign, EcdsaSignatureShare share) {
        JsonObject signatureShare = new JsonObject();
        signatureShare.addProperty("digest", quotedHex(share.dataSigned().hex()));
        signatureShare.addProperty("result", "success");
        signatureShare.addProperty("share_index", 0);
        signatureShare.addProperty("signature_share", quotedHex(String.format("%064x", share.share())));
        signatureShare.addProperty("big_r", quotedHex(share.bigR()));
        signatureShare.addProperty("public_key", quotedHex(share.publicKey().hex()));
        signatureShare.addProperty("sig_type", "K256");
        return answer(toSign, signatureShare);
    }

    /**
     * A signing Naga node's answer.
     *
     * @param participant the node's participant id in the signing round
     * @param peerId the node's peer id
     */
    static JsonObject nagaShare(byte[] toSign, EcdsaSignatureShare share, BigInteger participant, String peerId) {
        return answer(toSign, nagaOutput(share, participant, peerId));
    }

    /**
     * A Naga node's {@code SignableOutput} for a share: {@code {"EcdsaSignedMessageShare":{…}}}, as
     * {@code /web/pkp/sign/v2} answers it and as a Lit Action's {@code signedData} carries it (as a JSON string).
     */
    static JsonObject nagaOutput(EcdsaSignatureShare share, BigInteger participant, String peerId) {
        return JsonParser.parseString(new EcdsaSignedMessageShare(
                                share.dataSigned(),
                                participant,
                                new PeerId(peerId),
                                share.share(),
                                share.bigR(),
                                share.publicKey())
                        .toJson())
                .getAsJsonObject();
    }

    /** The answer of a Naga node outside the signing round: the Naga share with {@code result} "fail". */
    static JsonObject nagaFailShare(byte[] toSign, String peerId) {
        return answer(toSign, nagaFailOutput(peerId));
    }

    /** A Naga node's {@code SignableOutput} when it does not sign: {@code result} "fail", empty values. */
    static JsonObject nagaFailOutput(String peerId) {
        JsonObject signatureShare = new JsonObject();
        signatureShare.addProperty("digest", "");
        signatureShare.addProperty("result", "fail");
        signatureShare.addProperty("share_id", "");
        signatureShare.addProperty("peer_id", peerId);
        signatureShare.addProperty("signature_share", "");
        signatureShare.addProperty("big_r", "");
        signatureShare.addProperty("compressed_public_key", "");
        signatureShare.addProperty("public_key", "");
        signatureShare.addProperty("sig_type", NAGA_SIG_TYPE);
        return nagaWrapped(signatureShare);
    }

    private static JsonObject nagaWrapped(JsonObject share) {
        JsonObject wrapped = new JsonObject();
        wrapped.add(EcdsaSignedMessageShare.TAG, share);
        return wrapped;
    }

    /** The answer of a node outside the signing subset. */
    static JsonObject failShare(byte[] toSign) {
        JsonObject signatureShare = new JsonObject();
        signatureShare.addProperty("digest", "fail");
        signatureShare.addProperty("result", "fail");
        signatureShare.addProperty("share_index", 0);
        signatureShare.addProperty("signature_share", "");
        signatureShare.addProperty("big_r", "");
        signatureShare.addProperty("public_key", "");
        signatureShare.addProperty("sig_type", "");
        return answer(toSign, signatureShare);
    }

    private static JsonObject answer(byte[] toSign, JsonObject signatureShare) {
        JsonArray signedData = new JsonArray();
        for (byte b : toSign) {
            signedData.add(b & 0xff);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("success", true);
        answer.add("signedData", signedData);
        answer.add("signatureShare", signatureShare);
        return answer;
    }

    /** {@code hex} in upper case inside {@code "}: how a Datil node writes a k256 value. */
    static String quotedHex(String hex) {
        return "\"" + hex.toUpperCase(Locale.ROOT) + "\"";
    }
}
