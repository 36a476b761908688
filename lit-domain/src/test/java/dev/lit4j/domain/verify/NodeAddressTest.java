package dev.lit4j.domain.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class NodeAddressTest {

    @Test
    void isAHostAndAPort() {
        assertEquals("15.235.83.220:7470", NodeAddress.of("15.235.83.220:7470").hostPort());
        assertEquals(
                "15.235.83.220:7470",
                NodeAddress.fromUrl("https://15.235.83.220:7470").toString());
        assertEquals(
                "node.example:80", NodeAddress.fromUrl("http://node.example:80").hostPort());
        assertEquals("[::1]:443", NodeAddress.of("[::1]:443").hostPort());
    }

    @Test
    void refusesAnythingElse() {
        assertRefused(
                "nodeAddress: expected <host>:<port> (e.g. 15.235.83.220:7470), got \"15.235.83.220\"",
                "15.235.83.220");
        assertRefused("nodeAddress: expected <host>:<port> (e.g. 15.235.83.220:7470), got \":443\"", ":443");
        assertRefused("nodeAddress: expected <host>:<port> (e.g. 15.235.83.220:7470), got \"a:65536\"", "a:65536");
        assertRefused("nodeAddress: expected <host>:<port> (e.g. 15.235.83.220:7470), got \"a:0443\"", "a:0443");
        assertRefused("nodeAddress: expected <host>:<port> (e.g. 15.235.83.220:7470), got \"a:443/\"", "a:443/");
        assertRefused("nodeAddress: expected <host>:<port> (e.g. 15.235.83.220:7470), got \"a b:443\"", "a b:443");
        assertRefused(
                "nodeAddress: \"localhost:7470\" names localhost, which no session sig can match: nodes compare"
                        + " it with 127.0.0.1 in its place; use 127.0.0.1",
                "localhost:7470");
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> NodeAddress.fromUrl("ftp://1.2.3.4:21"));
        assertEquals("nodeUrl: expected http(s)://<host>:<port>, got \"ftp://1.2.3.4:21\"", e.getMessage());
        assertThrows(InvalidInputException.class, () -> NodeAddress.fromUrl("https://1.2.3.4:443/"));
    }

    @Test
    void normalisesASessionSigsNodeAddressAsTheNodeDoes() {
        assertEquals("1.2.3.4:443", NodeAddress.normalise("https://1.2.3.4:443"));
        assertEquals("1.2.3.4:443", NodeAddress.normalise("http://1.2.3.4:443"));
        assertEquals("1.2.3.4:443", NodeAddress.normalise(" \thttps://1.2.3.4:443 \n"));
        assertEquals("1.2.3.4:443", NodeAddress.normalise("https://http://1.2.3.4:443"));
        assertEquals("https://1.2.3.4:443", NodeAddress.normalise("http://https://1.2.3.4:443"));
        assertEquals("127.0.0.1:7470", NodeAddress.normalise("http://localhost:7470"));
        assertEquals("127.0.0.1.127.0.0.1:1", NodeAddress.normalise("localhost.localhost:1"));
        assertEquals("HTTPS://1.2.3.4:443", NodeAddress.normalise("HTTPS://1.2.3.4:443"));
    }

    @Test
    void matchesExactlyAfterNormalising() {
        NodeAddress node = NodeAddress.of("127.0.0.1:7470");
        assertTrue(node.matches("http://localhost:7470"));
        assertTrue(node.matches("127.0.0.1:7470"));
        assertFalse(node.matches("https://127.0.0.1:7470/"));
        assertFalse(node.matches("https://127.0.0.1"));
    }

    private static void assertRefused(String message, String hostPort) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NodeAddress.of(hostPort));
        assertEquals(message, e.getMessage());
    }
}
