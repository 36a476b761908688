package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.SessionShareCheck;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;

/**
 * One node's valid {@code sign_session_key} answer (client spec §7.6): a signature share for the SIWE
 * the node built, checked against itself and against what was asked, so that only shares that can
 * belong to the requested session reach the combination.
 *
 * @param nodeUrl the node that answered
 * @param share its share; the identifier is its {@code shareIndex + 1}
 * @param siweMessage the SIWE text it signed
 * @param message the 32 bytes it signed, {@code dataSigned}
 */
record ShareAnswer(String nodeUrl, BlsSignatureShare share, String siweMessage, LitSessionBlsMessage message)
        implements DatilSignedShare {

    @Override
    public String signedText() {
        return siweMessage;
    }

    @Override
    public byte[] signedBytes() {
        return message.bytes();
    }

    /**
     * Reads and checks a node's answer: {@code result} is success, {@code curveType} BLS, the share's
     * identifier is {@code shareIndex + 1}, {@code dataSigned} is the session message of the returned SIWE,
     * {@code blsRootPubkey} is the network key, and the SIWE names the requested session key and PKP.
     *
     * @throws MalformedAnswerException if a field is missing or malformed
     * @throws InvalidShareException if the fields are well-formed but do not fit together or the request
     */
    static ShareAnswer parse(String nodeUrl, JsonValue.Obj body, SessionShareCheck.Expected expected) {
        String result = AnswerJson.requiredString(body, "result");
        if (!"success".equals(result)) {
            throw new MalformedAnswerException("\"result\" is " + AnswerJson.quote(result) + ", not \"success\"");
        }
        String curveType = AnswerJson.requiredString(body, "curveType");
        if (!"BLS".equals(curveType)) {
            throw new MalformedAnswerException("\"curveType\" is " + AnswerJson.quote(curveType)
                    + "; only BLS session-key signatures are supported (ECDSA ones are pre-Datil)");
        }
        BlsSignatureShare share = share(body);
        int shareIndex = AnswerJson.requiredIndex(body, "shareIndex");
        if (share.identifier() != shareIndex + 1) {
            throw new InvalidShareException("its share identifier is " + share.identifier() + ", but a Datil share's"
                    + " identifier is shareIndex + 1 = " + (shareIndex + 1));
        }
        String siwe = AnswerJson.requiredString(body, "siweMessage");
        LitSessionBlsMessage signed = SessionShareCheck.check(
                siwe,
                AnswerJson.requiredString(body, "dataSigned"),
                AnswerJson.requiredString(body, "blsRootPubkey"),
                expected);
        return new ShareAnswer(nodeUrl, share, siwe, signed);
    }

    private static BlsSignatureShare share(JsonValue.Obj body) {
        JsonValue value = AnswerJson.member(body, "signatureShare");
        if (value == null || value == JsonValue.Null.INSTANCE) {
            throw new MalformedAnswerException("\"signatureShare\" is missing");
        }
        try {
            return BlsSignatureShare.fromJson("signatureShare", JsJson.stringify(value));
        } catch (InvalidInputException e) {
            throw new InvalidShareException(e.getMessage(), e);
        }
    }
}
