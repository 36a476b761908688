package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that refuses malformed bytes instead of replacing them. */
public final class StrictUtf8 {
    private StrictUtf8() {}

    /**
     * The text of {@code bytes}.
     *
     * @param what what the bytes are, for the message, e.g. {@code "the decoded payload"}
     * @throws InvalidInputException naming {@code field} if the bytes are not well-formed UTF-8
     */
    public static String decode(String field, byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, what + " is not UTF-8", e);
        }
    }
}
