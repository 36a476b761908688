package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.util.Locale;

/**
 * The body a Datil node answers {@code /web/pkp/sign/v1} with (operations spec §1.4):
 * {@code {"success":true,"signedData":[…],"signatureShare":{…}}}, the share a snake_case
 * {@code SignedMessageShare} whose k256 values are "quoted hex" (upper case, inside {@code "}), with
 * {@code share_index} 0 — or, from a node outside the signing subset, the "fail share".
 */
final class PkpSignAnswer {
    private PkpSignAnswer() {
    }

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
