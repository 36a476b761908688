package dev.lit4j.domain.siwe;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.util.ArrayList;
import java.util.List;

/** The strict line-by-line SIWE reader behind {@link SiweMessage#parse}. */
final class SiweParser {
    static final String URI_TAG = "URI: ";
    static final String VERSION_TAG = "Version: ";
    static final String CHAIN_ID_TAG = "Chain ID: ";
    static final String NONCE_TAG = "Nonce: ";
    static final String ISSUED_AT_TAG = "Issued At: ";
    static final String EXPIRATION_TIME_TAG = "Expiration Time: ";
    static final String NOT_BEFORE_TAG = "Not Before: ";
    static final String REQUEST_ID_TAG = "Request ID: ";
    static final String RESOURCES_LINE = "Resources:";
    static final String RESOURCE_ITEM = "- ";

    private final String[] lines;
    private int next;

    private SiweParser(String[] lines) {
        this.lines = lines;
    }

    static SiweMessage parse(String text) {
        InvalidInputException.requireNonNull("siwe", text);
        if (text.endsWith("\n")) {
            throw new InvalidInputException(
                    "siwe", "ends with a line break; the text must end right after its" + " last line");
        }
        return new SiweParser(text.split("\n", -1)).message();
    }

    private SiweMessage message() {
        String preamble = required("siwe.domain", "<domain>" + SiweMessage.PREAMBLE);
        if (!preamble.endsWith(SiweMessage.PREAMBLE)) {
            throw at("siwe.domain", "expected \"<domain>" + SiweMessage.PREAMBLE + "\", found \"" + preamble + "\"");
        }
        String domain = preamble.substring(0, preamble.length() - SiweMessage.PREAMBLE.length());
        EthAddress address = EthAddress.parseChecksummed("siwe.address", required("siwe.address", "0x<40 hex>"));
        requireEmptyLine("after the address");
        String statement = required("siwe.statement", "the statement or an empty line");
        if (statement.isEmpty()) {
            statement = null;
        } else {
            requireEmptyLine("after the statement");
        }
        String uri = tagged("siwe.uri", URI_TAG, "<uri>");
        String version = tagged("siwe.version", VERSION_TAG, "1");
        long chainId = chainId(tagged("siwe.chainId", CHAIN_ID_TAG, "<decimal chain id>"));
        String nonce = tagged("siwe.nonce", NONCE_TAG, "<nonce>");
        String issuedAt = tagged("siwe.issuedAt", ISSUED_AT_TAG, "<RFC 3339 time>");
        String expirationTime = optional(EXPIRATION_TIME_TAG);
        String notBefore = optional(NOT_BEFORE_TAG);
        String requestId = optional(REQUEST_ID_TAG);
        List<String> resources = null;
        if (next < lines.length) {
            if (!lines[next].equals(RESOURCES_LINE)) {
                throw atNext(
                        "siwe",
                        "unexpected content \"" + lines[next] + "\"; after \"Issued At\" only \"Expiration"
                                + " Time\", \"Not Before\", \"Request ID\" (in that order) and \"Resources:\" may follow");
            }
            next++;
            resources = new ArrayList<>();
            while (next < lines.length) {
                String line = lines[next];
                if (!line.startsWith(RESOURCE_ITEM)) {
                    throw atNext("siwe.resources", "expected \"- <uri>\", found \"" + line + "\"");
                }
                resources.add(line.substring(RESOURCE_ITEM.length()));
                next++;
            }
        }
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
                resources);
    }

    private String required(String field, String expected) {
        if (next >= lines.length) {
            throw atNext(field, "missing; expected \"" + expected + "\"");
        }
        return lines[next++];
    }

    private void requireEmptyLine(String where) {
        String line = required("siwe", "an empty line " + where);
        if (!line.isEmpty()) {
            throw at("siwe", "expected an empty line " + where + ", found \"" + line + "\"");
        }
    }

    private String tagged(String field, String tag, String valueHint) {
        String line = required(field, tag + valueHint);
        if (!line.startsWith(tag)) {
            throw at(field, "expected \"" + tag + valueHint + "\", found \"" + line + "\"");
        }
        return line.substring(tag.length());
    }

    private String optional(String tag) {
        if (next < lines.length && lines[next].startsWith(tag)) {
            return lines[next++].substring(tag.length());
        }
        return null;
    }

    private long chainId(String text) {
        boolean canonical = !text.isEmpty()
                && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && (text.length() == 1 || text.charAt(0) != '0');
        if (canonical) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw at("siwe.chainId", "chain id " + text + " is too large (at most " + Long.MAX_VALUE + ")");
            }
        }
        throw at("siwe.chainId", "expected a decimal chain id without sign or leading zeros, found \"" + text + "\"");
    }

    // An error about the line last read; lines are numbered from 1, so its number is `next`.
    private InvalidInputException at(String field, String problem) {
        return new InvalidInputException(field, "line " + next + ": " + problem);
    }

    // An error about the line not yet read (or missing).
    private InvalidInputException atNext(String field, String problem) {
        return new InvalidInputException(field, "line " + (next + 1) + ": " + problem);
    }
}
