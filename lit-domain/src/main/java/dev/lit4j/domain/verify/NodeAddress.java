package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A node's own address as it compares session sigs against it (node spec §2.5): {@code <host>:<port>},
 * the node's API domain and external port, e.g. {@code 15.235.83.220:7470}.
 *
 * <p>A host of {@code localhost} is refused: a node rewrites {@code localhost} to {@code 127.0.0.1} in
 * every session sig before comparing, but not in its own address, so such a node never matches.
 *
 * @param hostPort {@code <host>:<port>}, with a decimal port from 1 to 65535
 */
public record NodeAddress(String hostPort) {
    private static final String HTTPS = "https://";
    private static final String HTTP = "http://";
    private static final Pattern PORT = Pattern.compile("[1-9][0-9]{0,4}");

    public NodeAddress {
        InvalidInputException.requireNonNull("nodeAddress", hostPort);
        int colon = hostPort.lastIndexOf(':');
        boolean shaped = colon > 0
                && PORT.matcher(hostPort.substring(colon + 1)).matches()
                && Integer.parseInt(hostPort.substring(colon + 1)) <= 65535
                && hostPort.chars().noneMatch(c -> Character.isWhitespace(c) || c == '/');
        if (!shaped) {
            throw new InvalidInputException(
                    "nodeAddress", "expected <host>:<port> (e.g. 15.235.83.220:7470), got \"" + hostPort + "\"");
        }
        if (hostPort.contains("localhost")) {
            throw new InvalidInputException(
                    "nodeAddress",
                    "\"" + hostPort + "\" names localhost, which no session"
                            + " sig can match: nodes compare it with 127.0.0.1 in its place; use 127.0.0.1");
        }
    }

    /** The address {@code <host>:<port>}. */
    public static NodeAddress of(String hostPort) {
        return new NodeAddress(hostPort);
    }

    /**
     * The address of the node reached at {@code url}, {@code https://<host>:<port>} or
     * {@code http://<host>:<port>}, as the JS SDK names nodes; the port must be written.
     *
     * @throws InvalidInputException if the URL has another scheme, a path, or no port
     */
    public static NodeAddress fromUrl(String url) {
        InvalidInputException.requireNonNull("nodeUrl", url);
        String rest;
        if (url.startsWith(HTTPS)) {
            rest = url.substring(HTTPS.length());
        } else if (url.startsWith(HTTP)) {
            rest = url.substring(HTTP.length());
        } else {
            throw new InvalidInputException("nodeUrl", "expected http(s)://<host>:<port>, got \"" + url + "\"");
        }
        return new NodeAddress(rest);
    }

    /**
     * A session sig's {@code nodeAddress} as the node prepares it for the comparison: white space trimmed,
     * a leading {@code https://} and then a leading {@code http://} removed, and every {@code localhost}
     * replaced by {@code 127.0.0.1}.
     */
    public static String normalise(String nodeAddress) {
        InvalidInputException.requireNonNull("nodeAddress", nodeAddress);
        String prepared = nodeAddress.strip();
        if (prepared.startsWith(HTTPS)) {
            prepared = prepared.substring(HTTPS.length());
        }
        if (prepared.startsWith(HTTP)) {
            prepared = prepared.substring(HTTP.length());
        }
        return prepared.replace("localhost", "127.0.0.1");
    }

    /** True if a session sig's {@code nodeAddress}, {@link #normalise normalised}, is exactly this address. */
    public boolean matches(String nodeAddress) {
        return normalise(nodeAddress).equals(hostPort);
    }

    @Override
    public String toString() {
        return hostPort;
    }
}
