package dev.lit4j.domain.siwe;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.codec.internal.UriSyntax;
import dev.lit4j.domain.ethereum.EthAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Sign-In with Ethereum message (EIP-4361), as Lit signs and checks them (client spec §4.1, node
 * spec §2.7).
 *
 * <p>The time fields keep their original text, so that {@link #parse} followed by {@link #render}
 * gives back the same bytes: JS writes milliseconds ({@code 2025-01-15T10:00:00.000Z}) while nodes
 * write seconds ({@code 2024-04-25T02:09:35Z}). {@link #issuedAtInstant()} and friends read them.
 *
 * <p>{@code resources} distinguishes null (no {@code Resources:} line) from an empty list (a
 * {@code Resources:} line with no items), as siwe-js does. An empty statement, request id or
 * optional time is not representable: use null, since siwe-js would drop it from the text.
 *
 * @param domain the RFC 3986 authority asking for the signature, e.g. {@code localhost}
 * @param address the signer; rendered in its EIP-55 form
 * @param statement a single line, or null for none
 * @param uri the RFC 3986 URI of the subject, e.g. {@code lit:session:<hex>}
 * @param version always {@code "1"}
 * @param chainId the EIP-155 chain id, at least 0
 * @param nonce at least 8 letters or digits ({@code [a-zA-Z0-9]{8,}})
 * @param issuedAt RFC 3339 text, kept as given
 * @param expirationTime RFC 3339 text, or null
 * @param notBefore RFC 3339 text, or null
 * @param requestId a single non-empty line, or null
 * @param resources RFC 3986 URIs, or null for none
 */
public record SiweMessage(
        String domain,
        EthAddress address,
        @Nullable String statement,
        String uri,
        String version,
        long chainId,
        String nonce,
        String issuedAt,
        @Nullable String expirationTime,
        @Nullable String notBefore,
        @Nullable String requestId,
        @Nullable List<String> resources) {

    /** The only EIP-4361 version. */
    public static final String VERSION_1 = "1";

    /** What follows the domain on the first line. */
    public static final String PREAMBLE = " wants you to sign in with your Ethereum account:";

    private static final Pattern NONCE = Pattern.compile("[a-zA-Z0-9]{8,}");

    public SiweMessage {
        UriSyntax.requireAuthority("siwe.domain", domain);
        InvalidInputException.requireNonNull("siwe.address", address);
        if (statement != null) {
            requireOneLine("siwe.statement", statement);
        }
        UriSyntax.requireUri("siwe.uri", uri);
        InvalidInputException.requireNonNull("siwe.version", version);
        if (!version.equals(VERSION_1)) {
            throw new InvalidInputException("siwe.version", "must be \"1\", got \"" + version + "\"");
        }
        if (chainId < 0) {
            throw new InvalidInputException("siwe.chainId", "must be 0 or more, got " + chainId);
        }
        InvalidInputException.requireNonNull("siwe.nonce", nonce);
        if (!NONCE.matcher(nonce).matches()) {
            throw new InvalidInputException(
                    "siwe.nonce", "must be at least 8 letters or digits (a-z A-Z 0-9)," + " got \"" + nonce + "\"");
        }
        JsTime.parse("siwe.issuedAt", issuedAt);
        if (expirationTime != null) {
            JsTime.parse("siwe.expirationTime", expirationTime);
        }
        if (notBefore != null) {
            JsTime.parse("siwe.notBefore", notBefore);
        }
        if (requestId != null) {
            requireOneLine("siwe.requestId", requestId);
        }
        if (resources != null) {
            for (int i = 0; i < resources.size(); i++) {
                UriSyntax.requireUri("siwe.resources[" + i + "]", resources.get(i));
            }
            resources = List.copyOf(resources);
        }
    }

    /**
     * Parses a SIWE text strictly, following the siwe-rs grammar the nodes use (node spec §2.7): every
     * line in its place, an EIP-55 address, RFC 3339 times, nothing after the resources and no
     * trailing newline. Stricter than siwe-rs in one way: the lines that must be empty must really be
     * empty (siwe-rs skips them unread, but then hashes a re-rendered text that could never match).
     *
     * @throws InvalidInputException naming the field and, for layout errors, the line
     */
    public static SiweMessage parse(String text) {
        return SiweParser.parse(text);
    }

    /**
     * The message text, byte for byte as siwe-js 2.x {@code prepareMessage()} writes it (client spec
     * §4.1): lines joined by LF, a blank line around the statement (three LFs when there is none),
     * optional lines only when set, {@code Resources:} with {@code - } items when resources is not
     * null, and no trailing newline.
     */
    public String render() {
        StringBuilder out = new StringBuilder(512);
        out.append(domain)
                .append(PREAMBLE)
                .append('\n')
                .append(address.checksummed())
                .append("\n\n");
        if (statement != null) {
            out.append(statement).append('\n');
        }
        out.append('\n');
        out.append(SiweParser.URI_TAG).append(uri);
        out.append('\n').append(SiweParser.VERSION_TAG).append(version);
        out.append('\n').append(SiweParser.CHAIN_ID_TAG).append(chainId);
        out.append('\n').append(SiweParser.NONCE_TAG).append(nonce);
        out.append('\n').append(SiweParser.ISSUED_AT_TAG).append(issuedAt);
        if (expirationTime != null) {
            out.append('\n').append(SiweParser.EXPIRATION_TIME_TAG).append(expirationTime);
        }
        if (notBefore != null) {
            out.append('\n').append(SiweParser.NOT_BEFORE_TAG).append(notBefore);
        }
        if (requestId != null) {
            out.append('\n').append(SiweParser.REQUEST_ID_TAG).append(requestId);
        }
        if (resources != null) {
            out.append('\n').append(SiweParser.RESOURCES_LINE);
            for (String resource : resources) {
                out.append('\n').append(SiweParser.RESOURCE_ITEM).append(resource);
            }
        }
        return out.toString();
    }

    /** {@link #issuedAt} as an instant. */
    public Instant issuedAtInstant() {
        return JsTime.parse("siwe.issuedAt", issuedAt);
    }

    /** {@link #expirationTime} as an instant, if set. */
    public Optional<Instant> expirationTimeInstant() {
        return Optional.ofNullable(expirationTime).map(text -> JsTime.parse("siwe.expirationTime", text));
    }

    /** {@link #notBefore} as an instant, if set. */
    public Optional<Instant> notBeforeInstant() {
        return Optional.ofNullable(notBefore).map(text -> JsTime.parse("siwe.notBefore", text));
    }

    /** This message with another statement (null for none). */
    public SiweMessage withStatement(String newStatement) {
        return new SiweMessage(
                domain,
                address,
                newStatement,
                uri,
                version,
                chainId,
                nonce,
                issuedAt,
                expirationTime,
                notBefore,
                requestId,
                resources);
    }

    /** This message with other resources (null for no {@code Resources:} line). */
    public SiweMessage withResources(List<String> newResources) {
        return new SiweMessage(
                domain,
                address,
                statement,
                uri,
                version,
                chainId,
                nonce,
                issuedAt,
                expirationTime,
                notBefore,
                requestId,
                newResources);
    }

    @Override
    public String toString() {
        return render();
    }

    private static void requireOneLine(String field, String text) {
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "must not be empty; use null for none");
        }
        if (text.indexOf('\n') >= 0) {
            throw new InvalidInputException(field, "must be a single line, without \\n");
        }
    }
}
