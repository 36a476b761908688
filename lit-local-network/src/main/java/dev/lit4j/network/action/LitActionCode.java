package dev.lit4j.network.action;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import java.nio.charset.StandardCharsets;

/**
 * The code of a Lit Action together with its IPFS CID.
 *
 * @param code the JavaScript source
 * @param cid the CIDv0 of the source's UTF-8 bytes
 */
public record LitActionCode(String code, IpfsCid cid) {

    public LitActionCode {
        InvalidInputException.requireNonNull("code", code);
        InvalidInputException.requireNonNull("cid", cid);
        IpfsCid actual = IpfsCid.ofContent(code.getBytes(StandardCharsets.UTF_8));
        if (!actual.equals(cid)) {
            throw new InvalidInputException("cid", "the code's CID is " + actual + ", not " + cid);
        }
    }

    /**
     * The code with its computed CID.
     *
     * @throws InvalidInputException if the code is larger than {@link IpfsCid#MAX_SINGLE_CHUNK_BYTES} bytes
     */
    public static LitActionCode of(String code) {
        InvalidInputException.requireNonNull("code", code);
        return new LitActionCode(code, IpfsCid.ofContent(code.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "LitActionCode[cid=" + cid + ", " + code.length() + " chars]";
    }
}
