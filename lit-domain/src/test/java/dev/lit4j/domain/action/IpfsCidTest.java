package dev.lit4j.domain.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class IpfsCidTest {

    @Test
    void emptyFileHasTheKnownCid() {
        assertEquals(
                "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH",
                IpfsCid.ofContent(new byte[0]).value());
    }

    @Test
    void helloWorldHasTheKnownCid() {
        assertEquals(
                "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o",
                IpfsCid.ofContent("hello world\n".getBytes(StandardCharsets.UTF_8))
                        .value());
    }

    @Test
    void cidIsTheSha256MultihashOfTheDagPbNode() throws Exception {
        byte[] content = "hello world\n".getBytes(StandardCharsets.UTF_8);
        // PBNode{Data: UnixFS{Type: File, Data: content, filesize: 12}}, written out by hand
        byte[] node = new byte[4 + content.length + 4];
        node[0] = 0x0a;
        node[1] = (byte) (content.length + 6);
        node[2] = 0x08;
        node[3] = 0x02;
        node[4] = 0x12;
        node[5] = (byte) content.length;
        System.arraycopy(content, 0, node, 6, content.length);
        node[6 + content.length] = 0x18;
        node[7 + content.length] = (byte) content.length;
        byte[] expected = new byte[34];
        expected[0] = 0x12;
        expected[1] = 0x20;
        System.arraycopy(MessageDigest.getInstance("SHA-256").digest(node), 0, expected, 2, 32);

        assertArrayEquals(expected, IpfsCid.ofContent(content).multihash());
    }

    @Test
    void lengthsNeedingMultiByteVarintsAreEncoded() {
        byte[] chunk = new byte[IpfsCid.MAX_SINGLE_CHUNK_BYTES];
        IpfsCid cid = IpfsCid.ofContent(chunk);

        assertEquals(46, cid.value().length());
        assertEquals(cid, IpfsCid.parse("ipfsId", cid.value()));
    }

    @Test
    void contentLargerThanOneChunkIsRejected() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> IpfsCid.ofContent(new byte[IpfsCid.MAX_SINGLE_CHUNK_BYTES + 1]));

        assertEquals("code", e.field());
        assertEquals(
                "code: is 262145 bytes; Lit4j computes CIDs of single-chunk files only, at most" + " 262144 bytes",
                e.getMessage());
    }

    @Test
    void malformedCidsAreRejected() {
        InvalidInputException shape = assertThrows(
                InvalidInputException.class,
                () -> IpfsCid.parse("litActionIpfsId", "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"));
        assertEquals("litActionIpfsId", shape.field());
        assertEquals(
                "litActionIpfsId: expected a CIDv0: \"Qm\" followed by 44 base58 characters, got"
                        + " \"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi\"",
                shape.getMessage());

        InvalidInputException alphabet = assertThrows(
                InvalidInputException.class,
                () -> IpfsCid.parse("litActionIpfsId", "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff50"));
        assertEquals("litActionIpfsId: not a base58btc character '0' at position 45", alphabet.getMessage());
    }

    @Test
    void base58RoundTripsLeadingZeros() {
        byte[] bytes = {0, 0, 1, (byte) 0xff, 0x12};

        assertEquals("11", Base58.encode(new byte[2]));
        assertArrayEquals(bytes, Base58.decode("x", Base58.encode(bytes)));
        assertArrayEquals(new byte[0], Base58.decode("x", ""));
    }
}
