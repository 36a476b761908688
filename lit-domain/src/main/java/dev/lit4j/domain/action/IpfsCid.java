package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An IPFS CIDv0 ({@code Qm…}): how Lit names a Lit Action's code, in {@code litActionIpfsId},
 * {@code lit-litaction://} resources, {@code Lit.Auth.actionIpfsIds} and PKP permissions.
 *
 * <p>{@link #ofContent} computes it as {@code ipfs add} does with its defaults (CIDv0, 256 KiB
 * chunker): the file becomes one dag-pb node with no links whose data is the UnixFS message
 * {@code {Type: File, Data: <bytes>, filesize: <length>}}; the CID is the base58btc text of the sha2-256
 * multihash ({@code 0x12 0x20} + digest) of that node's bytes. A file larger than one chunk would be a
 * tree of such nodes, which this class does not build: it rejects such content instead.
 *
 * @param value the {@code Qm…} text, 46 characters
 */
public record IpfsCid(String value) {
    /** The largest content {@link #ofContent} accepts: one chunk of {@code ipfs add}'s default chunker. */
    public static final int MAX_SINGLE_CHUNK_BYTES = 256 * 1024;

    private static final int SHA2_256 = 0x12;
    private static final int DIGEST_LENGTH = 32;

    public IpfsCid {
        InvalidInputException.requireNonNull("ipfsId", value);
        if (value.length() != 46 || !value.startsWith("Qm")) {
            throw new InvalidInputException(
                    "ipfsId",
                    "expected a CIDv0: \"Qm\" followed by 44 base58 characters," + " got \"" + abbreviate(value)
                            + "\"");
        }
        byte[] multihash = Base58.decode("ipfsId", value);
        if (multihash.length != 2 + DIGEST_LENGTH || multihash[0] != SHA2_256 || multihash[1] != DIGEST_LENGTH) {
            throw new InvalidInputException("ipfsId", "\"" + value + "\" is not a sha2-256 multihash");
        }
    }

    /** Parses a CIDv0, naming {@code field} when it is malformed. */
    public static IpfsCid parse(String field, String text) {
        try {
            return new IpfsCid(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage().substring("ipfsId: ".length()), e);
        }
    }

    /**
     * The CID {@code ipfs add} gives a file with these bytes.
     *
     * @throws InvalidInputException if the content is larger than {@link #MAX_SINGLE_CHUNK_BYTES}
     */
    public static IpfsCid ofContent(byte[] content) {
        if (content.length > MAX_SINGLE_CHUNK_BYTES) {
            throw new InvalidInputException(
                    "code",
                    "is " + content.length + " bytes; Lit4j computes" + " CIDs of single-chunk files only, at most "
                            + MAX_SINGLE_CHUNK_BYTES + " bytes");
        }
        ByteArrayOutputStream unixfs = new ByteArrayOutputStream(content.length + 16);
        writeTag(unixfs, 1, 0);
        writeVarint(unixfs, 2); // UnixFS Type File
        if (content.length > 0) {
            writeTag(unixfs, 2, 2);
            writeVarint(unixfs, content.length);
            unixfs.writeBytes(content);
        }
        writeTag(unixfs, 3, 0);
        writeVarint(unixfs, content.length);

        ByteArrayOutputStream node = new ByteArrayOutputStream(unixfs.size() + 8);
        writeTag(node, 1, 2); // PBNode.Data; no Links
        writeVarint(node, unixfs.size());
        node.writeBytes(unixfs.toByteArray());

        byte[] multihash = new byte[2 + DIGEST_LENGTH];
        multihash[0] = SHA2_256;
        multihash[1] = DIGEST_LENGTH;
        System.arraycopy(sha256(node.toByteArray()), 0, multihash, 2, DIGEST_LENGTH);
        return new IpfsCid(Base58.encode(multihash));
    }

    /** The 34 multihash bytes: what Lit's PKP permissions store as a Lit Action's auth method id. */
    public byte[] multihash() {
        return Base58.decode("ipfsId", value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void writeTag(ByteArrayOutputStream out, int field, int wireType) {
        writeVarint(out, (field << 3) | wireType);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while (rest >= 0x80) {
            out.write((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
