package dev.lit4j.adapters.node;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.network.bls.BlsKeyShare;

/** {@code sign_session_key} answers in the Datil shape (client spec §7.6), for the unit tests of share handling. */
final class DatilAnswers {
    private DatilAnswers() {}

    /** A Datil node's answer: {@code share}'s signature of the session message of {@code siwe}, or a wrong one. */
    static JsonObject answer(BlsKeyShare share, String siwe, String blsRootPubkey, boolean wrong) {
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe));
        BlsSignatureShare signed = wrong ? share.signWrongly(message.bytes()) : share.sign(message.bytes());
        JsonObject answer = new JsonObject();
        answer.addProperty("result", "success");
        answer.add("signatureShare", JsonParser.parseString(signed.toJson()));
        answer.addProperty("shareIndex", share.shareIndex());
        answer.addProperty("curveType", "BLS");
        answer.addProperty("siweMessage", siwe);
        answer.addProperty("dataSigned", message.hex());
        answer.addProperty("blsRootPubkey", blsRootPubkey);
        return answer;
    }
}
