package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import supranational.blst.P1_Affine;
import supranational.blst.P2_Affine;

/**
 * Decodes compressed BLS12-381 points (ZCash encoding) and accepts only those a signature scheme can
 * use: on the curve, in the prime-order subgroup, not the identity. Rejections name the field and the
 * offending (public) value.
 */
final class CompressedPoints {
    static final int G1_LENGTH = 48;
    static final int G2_LENGTH = 96;

    private CompressedPoints() {}

    /** A G1 point from its 48-byte compressed form. */
    static P1_Affine decodeG1(String field, byte[] bytes, String role) {
        requireLength(field, bytes, G1_LENGTH);
        P1_Affine point;
        try {
            point = new P1_Affine(bytes);
        } catch (RuntimeException e) {
            throw notAPoint(field, bytes, "G1", e);
        }
        if (point.is_inf()) {
            throw identity(field, bytes, role);
        }
        if (!point.in_group()) {
            throw notInSubgroup(field, bytes, "G1");
        }
        return point;
    }

    /** A G2 point from its 96-byte compressed form. */
    static P2_Affine decodeG2(String field, byte[] bytes, String role) {
        requireLength(field, bytes, G2_LENGTH);
        P2_Affine point;
        try {
            point = new P2_Affine(bytes);
        } catch (RuntimeException e) {
            throw notAPoint(field, bytes, "G2", e);
        }
        if (point.is_inf()) {
            throw identity(field, bytes, role);
        }
        if (!point.in_group()) {
            throw notInSubgroup(field, bytes, "G2");
        }
        return point;
    }

    private static void requireLength(String field, byte[] bytes, int length) {
        InvalidInputException.requireNonNull(field, bytes);
        if (bytes.length != length) {
            throw new InvalidInputException(
                    field,
                    "expected " + length + " bytes (" + 2 * length + " hex characters), got " + bytes.length
                            + " bytes");
        }
    }

    private static InvalidInputException notAPoint(String field, byte[] bytes, String group, RuntimeException e) {
        // blst reports "BLST_ERROR: bad point encoding" or "BLST_ERROR: point is not on curve"
        String reason = String.valueOf(e.getMessage()).replaceFirst("^BLST_ERROR: ", "");
        return new InvalidInputException(
                field,
                "\"" + Hex.encode(bytes) + "\" is not a compressed BLS12-381 " + group + " point (" + reason + ")",
                e);
    }

    private static InvalidInputException notInSubgroup(String field, byte[] bytes, String group) {
        return new InvalidInputException(
                field,
                "\"" + Hex.encode(bytes) + "\" is on the curve but not in the " + group + " prime-order subgroup");
    }

    private static InvalidInputException identity(String field, byte[] bytes, String role) {
        return new InvalidInputException(
                field,
                "\"" + Hex.encode(bytes) + "\" is the identity (point at infinity)," + " which is never a valid "
                        + role);
    }
}
