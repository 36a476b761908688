package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import java.nio.charset.StandardCharsets;

/**
 * One node's valid {@code /web/encryption/sign/} answer (operations spec §3.6),
 * {@code {"result":"success","signatureShare":{"ProofOfPossession":"<194 hex>"},"shareIndex":0}}: its share
 * of the network's signature over the requested identity.
 *
 * @param nodeUrl the node that answered
 * @param share its share; the identifier is its {@code shareIndex + 1}
 * @param identity the identity the share is for, the resource key of the request
 */
record DecryptionShareAnswer(String nodeUrl, BlsSignatureShare share, String identity) implements DatilSignedShare {

    /**
     * Reads and checks a node's answer: {@code result} is success, the share parses and its identifier is
     * {@code shareIndex + 1}.
     *
     * @throws MalformedAnswerException if a field is missing or malformed
     * @throws InvalidShareException if the share is not a valid G2 point or its identifier does not fit
     */
    static DecryptionShareAnswer parse(String nodeUrl, JsonValue.Obj body, String identity) {
        String result = AnswerJson.requiredString(body, "result");
        if (!"success".equals(result)) {
            throw new MalformedAnswerException("\"result\" is " + AnswerJson.quote(result) + ", not \"success\"");
        }
        JsonValue value = AnswerJson.member(body, "signatureShare");
        if (value == null || value == JsonValue.Null.INSTANCE) {
            throw new MalformedAnswerException("\"signatureShare\" is missing");
        }
        BlsSignatureShare share;
        try {
            share = BlsSignatureShare.fromJson("signatureShare", JsJson.stringify(value));
        } catch (InvalidInputException e) {
            throw new InvalidShareException(e.getMessage(), e);
        }
        int shareIndex = AnswerJson.requiredIndex(body, "shareIndex");
        if (share.identifier() != shareIndex + 1) {
            throw new InvalidShareException("its share identifier is " + share.identifier() + ", but a Datil share's"
                    + " identifier is shareIndex + 1 = " + (shareIndex + 1));
        }
        return new DecryptionShareAnswer(nodeUrl, share, identity);
    }

    @Override
    public String signedText() {
        return identity;
    }

    @Override
    public byte[] signedBytes() {
        return identity.getBytes(StandardCharsets.UTF_8);
    }
}
