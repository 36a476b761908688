package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.SessionShareCheck;
import dev.lit4j.adapters.node.internal.SignedShare;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.naga.PeerId;
import java.nio.charset.StandardCharsets;

/**
 * One node's valid Naga BLS share (node spec §3.7–3.8, operations spec §5.6, §5.9): {@code signatureShare}
 * {@code {"ProofOfPossession":{"identifier","value"}}} whose identifier is the Fr scalar of the node's
 * {@code shareId} (its peer id), for the SIWE of a session key or the identity of encrypted data.
 *
 * @param nodeUrl the node that answered
 * @param identifiedShare its share
 * @param peerId the node's peer id, the share's source
 * @param signedText what it signed, as text: the SIWE or the identity
 * @param signedBytes the exact bytes the combined signature must verify over
 */
public record NagaBlsShareAnswer(
        String nodeUrl, BlsIdentifiedShare identifiedShare, PeerId peerId, String signedText, byte[] signedBytes)
        implements SignedShare {

    /** The {@code curveType} of a Naga session-key answer: the Display form of lit-peer's BLS curve. */
    static final String SESSION_CURVE_TYPE = "BLS12381G1";

    /**
     * Reads an {@code encryption/sign/v2} answer: {@code {"result":"success","signatureShare":…,"shareId":…}}.
     *
     * @param identity the identity the share must be for, the resource key of the request
     * @throws MalformedAnswerException if a field is missing or malformed
     * @throws InvalidShareException if the share is not a valid G2 point or its identifier is not its peer id's
     */
    public static NagaBlsShareAnswer decryption(String nodeUrl, String dataJson, String identity) {
        JsonValue.Obj data = NagaData.object(dataJson);
        NagaData.requireSuccess(data);
        PeerId peerId = peerId(data);
        return new NagaBlsShareAnswer(
                nodeUrl, share(data, peerId), peerId, identity, identity.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a {@code sign_session_key/v2} answer: {@code result}, {@code signatureShare}, {@code shareId},
     * {@code curveType} {@code BLS12381G1}, {@code siweMessage}, {@code dataSigned}, {@code blsRootPubkey}, checked
     * as Datil's are ({@link SessionShareCheck}).
     *
     * @throws MalformedAnswerException if a field is missing or malformed
     * @throws InvalidShareException if the fields do not fit together or the request
     */
    public static NagaBlsShareAnswer sessionKey(String nodeUrl, String dataJson, SessionShareCheck.Expected expected) {
        JsonValue.Obj data = NagaData.object(dataJson);
        NagaData.requireSuccess(data);
        String curveType = NagaData.string(data, "curveType");
        if (!SESSION_CURVE_TYPE.equals(curveType)) {
            throw new MalformedAnswerException("\"curveType\" is \"" + PrintableText.of(curveType) + "\"; a Naga node"
                    + " signs session keys with " + SESSION_CURVE_TYPE);
        }
        PeerId peerId = peerId(data);
        BlsIdentifiedShare share = share(data, peerId);
        String siwe = NagaData.string(data, "siweMessage");
        byte[] signed = SessionShareCheck.check(
                        siwe, NagaData.string(data, "dataSigned"), NagaData.string(data, "blsRootPubkey"), expected)
                .bytes();
        return new NagaBlsShareAnswer(nodeUrl, share, peerId, siwe, signed);
    }

    @Override
    public String shareLabel() {
        return "share identifier " + identifiedShare.identifierHex() + " (peer " + peerId + ")";
    }

    // lit-peer writes the peer id as hex with its leading zeros trimmed (node spec §3.7)
    private static PeerId peerId(JsonValue.Obj data) {
        String text = NagaData.string(data, "shareId");
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        try {
            return PeerId.parse(
                    "shareId",
                    digits.length() < 64 && !digits.isEmpty() ? "0".repeat(64 - digits.length()) + digits : digits);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException(e.getMessage(), e);
        }
    }

    private static BlsIdentifiedShare share(JsonValue.Obj data, PeerId peerId) {
        JsonValue value = data.get("signatureShare")
                .orElseThrow(() -> new MalformedAnswerException("\"signatureShare\" is missing"));
        BlsIdentifiedShare share;
        try {
            share = BlsIdentifiedShare.fromJson("signatureShare", JsJson.stringify(value));
        } catch (InvalidInputException e) {
            throw new InvalidShareException(e.getMessage(), e);
        }
        if (!share.identifier().equals(peerId.blsShareIdentifier())) {
            throw new InvalidShareException("its share identifier is " + share.identifierHex() + ", but a Naga share's"
                    + " identifier is that of its shareId " + peerId);
        }
        return share;
    }
}
