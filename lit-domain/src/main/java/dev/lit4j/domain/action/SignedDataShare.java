package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;

/**
 * One node's entry of an {@code executeJs} answer's {@code signedData} (operations spec §2.4): its share of
 * the signature an action asked for under {@code sigName}, with the values as the node wrote them (quoted
 * upper-case hex). A node outside the signing subset answers the <em>fail share</em>: {@code dataSigned}
 * {@code "fail"} and empty share, R and key.
 *
 * @param sigName the name the action gave the signature
 * @param sigType {@code "K256"} on Datil
 * @param dataSigned the quoted hex of the signed digest, or {@code "fail"}
 * @param signatureShare the quoted hex of the node's share of s, or {@code ""}
 * @param shareIndex always 0 on Datil
 * @param bigR the quoted hex of the nonce point R, or {@code ""}
 * @param publicKey the quoted hex of the PKP's key, or {@code ""}
 */
public record SignedDataShare(
        String sigName,
        String sigType,
        String dataSigned,
        String signatureShare,
        int shareIndex,
        String bigR,
        String publicKey) {

    public SignedDataShare {
        InvalidInputException.requireNonNull("signedData.sigName", sigName);
        InvalidInputException.requireNonNull("signedData.sigType", sigType);
        InvalidInputException.requireNonNull("signedData.dataSigned", dataSigned);
        InvalidInputException.requireNonNull("signedData.signatureShare", signatureShare);
        InvalidInputException.requireNonNull("signedData.bigR", bigR);
        InvalidInputException.requireNonNull("signedData.publicKey", publicKey);
    }

    /** Whether this is the fail share of a node outside the signing subset (the SDK drops it). */
    public boolean isFailShare() {
        return signatureShare.isEmpty();
    }

    /** {@code value} with every {@code "} removed, as the SDK's {@code removeDoubleQuotes} leaves it. */
    static String unquoted(String value) {
        return value.replace("\"", "");
    }
}
