package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriSyntaxTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
                "lit:capability:delegation",
                "urn:recap:eyJhdHQiOnt9LCJwcmYiOltdfQ",
                "lit-pkp://*",
                "https://localhost/login",
                "https://user@example.com:8443/a/b?c=d&e=%20f#frag",
                "lit-accesscontrolcondition://53b01f820c82e86d7e4cd804b8a6f68682221eeb7df76fd43ee777c8caab5628/77de0f",
            })
    void acceptsUris(String uri) {
        assertTrue(UriSyntax.isUri(uri));
        assertEquals(uri, UriSyntax.requireUri("uri", uri));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "no-scheme",
                ":empty-scheme",
                "1abc:x",
                "a b:c",
                "http://a b",
                "http://a\"b",
                "http://a\\b",
                "http://x/%zz",
                "http://x/%4",
                "http://x#a#b",
                "http://é"
            })
    void rejectsNonUris(String text) {
        assertFalse(UriSyntax.isUri(text));
    }

    @Test
    void requireUriNamesTheField() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> UriSyntax.requireUri("siwe.uri", "a b"));
        assertEquals(
                "siwe.uri: not an RFC 3986 URI: \"a b\" (expected <scheme>:<rest>, e.g. lit:session:<hex> or"
                        + " https://example.com/login)",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "litprotocol.com", "example.com:8443", "user@host", "[::1]:80", "a%20b"})
    void acceptsAuthorities(String authority) {
        assertEquals(authority, UriSyntax.requireAuthority("siwe.domain", authority));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "a?b", "a#b", "a b", "a%2"})
    void rejectsNonAuthorities(String text) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> UriSyntax.requireAuthority("siwe.domain", text));
        assertEquals(
                "siwe.domain: not an RFC 3986 authority: \"" + text + "\" (expected a host with an optional port,"
                        + " e.g. localhost or example.com:8443)",
                e.getMessage());
    }
}
